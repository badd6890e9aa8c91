/**
 * Decides whether an IPC message (or a navigation) comes from our own renderer page, as the
 * Electron security checklist asks: a frame navigated elsewhere (or an injected iframe) gets no
 * answers. Origins are compared exactly: scheme, host and port.
 */
export interface RendererLocation {
  /** The origin the packaged renderer is served from (app://sandscape). */
  appOrigin: string
  /** http(s) origin of the dev server, in `electron-vite dev`. */
  devServerUrl?: string
}

/** scheme://host[:port], also for non-special schemes, whose URL.origin is "null". */
export function originOf(value: string | undefined): string | undefined {
  if (!value) return undefined
  try {
    const url = new URL(value)
    if (!url.host) return undefined
    return `${url.protocol}//${url.host}`
  } catch {
    return undefined
  }
}

export function createSenderCheck(location: RendererLocation): (frameUrl: string | undefined) => boolean {
  const trusted = new Set([originOf(location.appOrigin), originOf(location.devServerUrl)].filter((o): o is string => o !== undefined))
  return (frameUrl) => {
    const origin = originOf(frameUrl)
    return origin !== undefined && trusted.has(origin)
  }
}
