import { open, readFile } from 'node:fs/promises'
import { DATASET_HEADER_LENGTH, readDatasetHeader } from '../shared/dataset/header'
import { datasetFromText, failure } from '../shared/dataset/load'
import { DatasetVersionResult, type DatasetLoadResult } from '../shared/ipc/contract'

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

/** The first bytes of a file, as text (a multi-byte character cut at the end is dropped). */
async function readStart(path: string, length: number): Promise<string> {
  const file = await open(path, 'r')
  try {
    const buffer = Buffer.alloc(length)
    const { bytesRead } = await file.read(buffer, 0, length, 0)
    return new TextDecoder().decode(buffer.subarray(0, bytesRead), { stream: true })
  } finally {
    await file.close()
  }
}

/**
 * The bundled dataset's schema and version, read from its first 4 KB and checked against the
 * contract's schema here, in main: the whole file is read (and validated) only when they differ
 * from the cached copy's. Anything unreadable says "not known", never throws.
 */
export async function readDatasetVersion(path: string, read: (path: string, length: number) => Promise<string> = readStart): Promise<DatasetVersionResult> {
  try {
    const header = readDatasetHeader(await read(path, DATASET_HEADER_LENGTH))
    const result = DatasetVersionResult.safeParse(header ? { ok: true, ...header } : { ok: false })
    return result.success ? result.data : { ok: false }
  } catch {
    return { ok: false }
  }
}
