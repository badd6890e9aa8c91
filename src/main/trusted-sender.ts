/**
 * Decides whether an IPC message comes from our own renderer page, as the Electron security
 * checklist asks: a frame navigated elsewhere (or an injected iframe) gets no answers.
 */
export interface RendererLocation {
  /** file:// URL of the packaged index.html, when loaded from disk. */
  fileUrl?: string
  /** http(s) origin of the dev server, in `electron-vite dev`. */
  devServerUrl?: string
}

export function createSenderCheck(location: RendererLocation): (frameUrl: string | undefined) => boolean {
  const devOrigin = location.devServerUrl ? new URL(location.devServerUrl).origin : undefined
  const filePath = location.fileUrl ? new URL(location.fileUrl).pathname : undefined
  return (frameUrl) => {
    if (!frameUrl) return false
    let url: URL
    try {
      url = new URL(frameUrl)
    } catch {
      return false
    }
    if (filePath && url.protocol === 'file:' && url.pathname === filePath) return true
    return devOrigin !== undefined && url.origin === devOrigin
  }
}
