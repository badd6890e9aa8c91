/**
 * Puts a link on the clipboard ("Copy link"). A link says where a view is, not what it holds:
 * data the app exports goes through the export envelope instead (components/export/useExport).
 */
export async function copyLink(link: string): Promise<void> {
  await navigator.clipboard.writeText(link)
}
