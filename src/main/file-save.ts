import { writeFile } from 'node:fs/promises'
import type { SaveTextFileRequest, SaveTextFileResult } from '../shared/ipc/contract'

export interface SaveDialog {
  /** Resolves to the chosen path, or undefined when the user cancels. */
  choosePath: (suggestedName: string, filters: SaveTextFileRequest['filters']) => Promise<string | undefined>
  write?: (path: string, content: string) => Promise<void>
}

const REASONS: Record<string, string> = {
  ENOSPC: 'The disk is full.',
  EDQUOT: 'The disk quota is exceeded.',
  EACCES: 'You do not have permission to write there.',
  EPERM: 'You do not have permission to write there.',
  EROFS: 'That location is read-only.',
  EISDIR: 'That name belongs to a folder.',
}

/** Asks where to save, writes the text, and turns file-system failures into readable reasons. */
export async function saveTextFile(request: SaveTextFileRequest, dialog: SaveDialog): Promise<SaveTextFileResult> {
  const path = await dialog.choosePath(request.suggestedName, request.filters)
  if (!path) return { saved: false }
  try {
    await (dialog.write ?? ((p, c) => writeFile(p, c, 'utf8')))(path, request.content)
    return { saved: true, path }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? ''
    return { saved: false, error: `${REASONS[code] ?? 'The file could not be written.'} (${path})` }
  }
}
