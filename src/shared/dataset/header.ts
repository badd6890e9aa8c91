import { z } from '../zod'

/** How much of a dataset file is read to learn which data it holds. */
export const DATASET_HEADER_LENGTH = 4096

/** Which data a dataset file holds: its schema and content hash, the first two keys the generator writes. */
export const DatasetHeader = z.strictObject({
  schemaVersion: z.number().int().positive(),
  version: z.string().regex(/^[0-9a-f]{16}$/),
})
export type DatasetHeader = z.infer<typeof DatasetHeader>

// Anchored at the start, no nested quantifiers: linear in the (bounded) text it is given.
const HEADER = /^\s*\{\s*"schemaVersion"\s*:\s*(\d{1,6})\s*,\s*"version"\s*:\s*"([0-9a-f]{16})"/

/**
 * The schema and content version a dataset file starts with, read from its first bytes without
 * parsing the rest (a large file takes a while to parse and validate): start-up compares them
 * with the cached copy's and reads the whole file only when they differ. Undefined when the
 * start is not the generator's (keys in another order, a damaged file): then the whole file is read.
 */
export function readDatasetHeader(start: string): DatasetHeader | undefined {
  const match = HEADER.exec(start.slice(0, DATASET_HEADER_LENGTH))
  if (!match) return undefined
  const parsed = DatasetHeader.safeParse({ schemaVersion: Number(match[1]), version: match[2] })
  return parsed.success ? parsed.data : undefined
}
