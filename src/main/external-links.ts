import { isHttpUrl } from '../shared/url'

/** Hands a link to the system browser, but only http(s): never file:, javascript: or custom schemes. */
export async function openExternalUrl(url: string, openExternal: (url: string) => Promise<void>): Promise<boolean> {
  if (!isHttpUrl(url)) return false
  await openExternal(url)
  return true
}
