import type { DatasetLoadError, DatasetLoadResult } from '../ipc/contract'
import { parseDataset } from './schema'

/**
 * Turns the text of a dataset file into a load result: parsed and validated, or an error a
 * person can read plus the technical detail. Shared by the desktop loader and the web bridge.
 */
export function datasetFromText(text: string, where: string): DatasetLoadResult {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    return failure('corrupt', 'The dataset file is damaged (not valid JSON).', `${where}: ${(error as Error).message}`)
  }
  const parsed = parseDataset(json)
  if (parsed.ok) return { ok: true, dataset: parsed.value }
  return parsed.error.includes('newer than this app')
    ? failure('unsupported', 'The dataset was made for a newer version of Sandscape.', `${where}: ${parsed.error}`)
    : failure('invalid', 'The dataset does not match the expected format.', `${where}:\n${parsed.error}`)
}

export function failure(code: DatasetLoadError['code'], message: string, detail?: string): DatasetLoadResult {
  return { ok: false, error: detail === undefined ? { code, message } : { code, message, detail } }
}
