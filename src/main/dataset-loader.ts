import { readFile } from 'node:fs/promises'
import { datasetFromText, failure } from '../shared/dataset/load'
import type { DatasetLoadResult } from '../shared/ipc/contract'

/**
 * Reads and validates the bundled dataset. Every failure becomes a result the renderer can
 * show ("the dataset file is damaged"), never an exception that would blank the window.
 */
export async function loadDatasetFile(path: string, read: (path: string) => Promise<string> = (p) => readFile(p, 'utf8')): Promise<DatasetLoadResult> {
  let text: string
  try {
    text = await read(path)
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT'
      ? failure('missing', 'The bundled dataset file is missing.', `${path}: ${(error as Error).message}`)
      : failure('unreadable', 'The bundled dataset file could not be read.', `${path}: ${(error as Error).message}`)
  }
  return datasetFromText(text, path)
}
