import type { SandscapeBridge } from '../../shared/ipc/contract'
import { createWebBridge } from './web-bridge'

let bridge: SandscapeBridge | undefined

/** The desktop preload's bridge when present, else the web build's implementation. */
export function getBridge(): SandscapeBridge {
  bridge ??= window.sandscape ?? createWebBridge()
  return bridge
}

export const isDesktop = (): boolean => window.sandscape !== undefined
