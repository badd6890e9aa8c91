import { readFile, stat } from 'node:fs/promises'
import type { OpenTextFileResult } from '../shared/ipc/contract'
import { MAX_SAVED_TEXT_LENGTH } from '../shared/ipc/contract'
import { fileSystemReason } from './file-save'

export interface OpenDialog {
  choosePath: () => Promise<string | undefined>
  size?: (path: string) => Promise<number>
  read?: (path: string) => Promise<string>
}

/** Lets the user pick a text file (a backup) and reads it, refusing huge or unreadable files. */
export async function openTextFile(dialog: OpenDialog, maxBytes = MAX_SAVED_TEXT_LENGTH): Promise<OpenTextFileResult> {
  const target = await dialog.choosePath()
  if (!target) return { opened: false }
  const name = target.split(/[\\/]/).pop()
  try {
    const bytes = await (dialog.size ?? (async (p) => (await stat(p)).size))(target)
    if (bytes > maxBytes) return { opened: false, name, error: `The file is too large (${Math.round(bytes / 1e6)} MB; the limit is ${Math.round(maxBytes / 1e6)} MB).` }
    const content = await (dialog.read ?? ((p) => readFile(p, 'utf8')))(target)
    return { opened: true, name, content }
  } catch (error) {
    return { opened: false, name, error: fileSystemReason(error, 'The file could not be read.', 'read') }
  }
}
