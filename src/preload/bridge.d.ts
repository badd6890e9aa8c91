import type { SandscapeBridge } from '../shared/ipc/contract'

declare global {
  interface Window {
    /** Present in the desktop app (preload); absent in the web build. */
    sandscape?: SandscapeBridge
  }
}
export {}
