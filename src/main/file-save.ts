import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { SaveTextFileRequest, SaveTextFileResult, SaveTextFilesRequest, SaveTextFilesResult } from '../shared/ipc/contract'

export interface SaveDialog {
  /** Resolves to the chosen path, or undefined when the user cancels. */
  choosePath: (suggestedName: string, filters: SaveTextFileRequest['filters']) => Promise<string | undefined>
  write?: (path: string, content: string | Uint8Array) => Promise<void>
}

export interface FolderDialog {
  /** Resolves to the chosen folder, or undefined when the user cancels. */
  chooseDirectory: (title: string) => Promise<string | undefined>
  write?: (path: string, content: string) => Promise<void>
  makeDirectory?: (path: string) => Promise<unknown>
}

const REASONS: Record<string, string> = {
  ENOSPC: 'The disk is full.',
  EDQUOT: 'The disk quota is exceeded.',
  EACCES: 'You do not have permission to write there.',
  EPERM: 'You do not have permission to write there.',
  EROFS: 'That location is read-only.',
  EISDIR: 'That name belongs to a folder.',
}

const READ_REASONS: Record<string, string> = {
  EACCES: 'You do not have permission to read that file.',
  EPERM: 'You do not have permission to read that file.',
  ENOENT: 'That file no longer exists.',
  EISDIR: 'That is a folder, not a file.',
}

export function fileSystemReason(error: unknown, fallback: string, action: 'read' | 'write' = 'write'): string {
  const code = (error as NodeJS.ErrnoException)?.code ?? ''
  return (action === 'read' ? READ_REASONS[code] : REASONS[code]) ?? fallback
}

const writeText = (p: string, c: string | Uint8Array) => (typeof c === 'string' ? writeFile(p, c, 'utf8') : writeFile(p, c))

/** Asks where to save, writes the text (or the bytes it encodes), and turns file-system failures into readable reasons. */
export async function saveTextFile(request: SaveTextFileRequest, dialog: SaveDialog): Promise<SaveTextFileResult> {
  const target = await dialog.choosePath(request.suggestedName, request.filters)
  if (!target) return { saved: false }
  try {
    const content = request.encoding === 'base64' ? new Uint8Array(Buffer.from(request.content, 'base64')) : request.content
    await (dialog.write ?? writeText)(target, content)
    return { saved: true, path: target }
  } catch (error) {
    return { saved: false, error: `${fileSystemReason(error, 'The file could not be written.')} (${target})` }
  }
}

/**
 * Writes several files into a folder the user picks. Names were checked by the contract (bare
 * names); the join is checked again so nothing can land outside the folder.
 */
export async function saveTextFiles(request: SaveTextFilesRequest, dialog: FolderDialog): Promise<SaveTextFilesResult> {
  const directory = await dialog.chooseDirectory(request.title)
  if (!directory) return { saved: false }
  const root = path.resolve(directory)
  let count = 0
  try {
    await (dialog.makeDirectory ?? ((p: string) => mkdir(p, { recursive: true })))(root)
    for (const file of request.files) {
      const target = path.resolve(root, file.name)
      if (path.dirname(target) !== root) throw Object.assign(new Error(`refused ${file.name}`), { code: 'EOUTSIDE' })
      await (dialog.write ?? writeText)(target, file.content)
      count++
    }
    return { saved: true, directory: root, count }
  } catch (error) {
    const reason = fileSystemReason(error, 'The files could not be written.')
    return { saved: false, directory: root, count, error: `${reason} ${count} of ${request.files.length} files were written to ${root}.` }
  }
}
