/**
 * Puts text that is not the app's data on the clipboard: a view's link ("Copy link"), a crash's
 * details ("Copy details"). Data the app exports goes through the export envelope instead
 * (components/export/useExport).
 */
export async function copyText(text: string): Promise<void> {
  await navigator.clipboard.writeText(text)
}
