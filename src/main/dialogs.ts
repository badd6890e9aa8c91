import { BrowserWindow, dialog, type FileFilter, type WebContents } from 'electron'

/** Native dialogs, attached to the window that asked when there is one. */
function owner(sender: WebContents): BrowserWindow | null {
  return BrowserWindow.fromWebContents(sender)
}

export async function chooseSavePath(sender: WebContents, defaultPath: string, filters?: FileFilter[]): Promise<string | undefined> {
  const window = owner(sender)
  const options = { defaultPath, filters }
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
  return result.canceled ? undefined : result.filePath
}

export async function chooseDirectory(sender: WebContents, title: string): Promise<string | undefined> {
  const window = owner(sender)
  const options = { title, properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[] }
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
  return result.canceled ? undefined : result.filePaths[0]
}

export async function chooseOpenPath(sender: WebContents, filters?: FileFilter[]): Promise<string | undefined> {
  const window = owner(sender)
  const options = { filters, properties: ['openFile'] as 'openFile'[] }
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
  return result.canceled ? undefined : result.filePaths[0]
}
