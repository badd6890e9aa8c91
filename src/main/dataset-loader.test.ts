import { describe, expect, it } from 'vitest'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { serializeDataset } from '../shared/dataset/build'
import { makeDataset, makeProject } from '../shared/testing/fixtures'
import { loadDatasetFile, readDatasetVersion } from './dataset-loader'

const fileWith = (text: string) => async () => text
const failingWith = (code: string) => async () => { throw Object.assign(new Error(`${code}: no`), { code }) }

describe('loadDatasetFile', () => {
  it('loads a valid dataset', async () => {
    const dataset = makeDataset([makeProject({ id: 'alpha' })])
    const result = await loadDatasetFile('/r/dataset.json', fileWith(JSON.stringify(dataset)))
    expect(result).toEqual({ ok: true, dataset })
  })

  it.each([
    ['a missing file', failingWith('ENOENT'), 'missing', 'The bundled dataset file is missing.'],
    ['an unreadable file', failingWith('EACCES'), 'unreadable', 'The bundled dataset file could not be read.'],
    ['truncated JSON', fileWith('{"schemaVersion": 1, "proj'), 'corrupt', 'The dataset file is damaged (not valid JSON).'],
    ['valid JSON of the wrong shape', fileWith('{"projects": "none"}'), 'invalid', 'The dataset does not match the expected format.'],
    ['a dataset from a newer app', fileWith('{"schemaVersion": 99}'), 'unsupported', 'The dataset was made for a newer version of Sandscape.'],
  ])('turns %s into a readable error, not an exception', async (_name, read, code, message) => {
    const result = await loadDatasetFile('/r/dataset.json', read)
    expect(result).toMatchObject({ ok: false, error: { code, message } })
    if (!result.ok) expect(result.error.detail).toContain('/r/dataset.json')
  })
})

describe('readDatasetVersion', () => {
  const dataset = makeDataset([makeProject({ id: 'alpha' })])

  it('reads the version from the start of the real file, without the rest', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sandscape-dataset-'))
    const file = path.join(dir, 'dataset.json')
    writeFileSync(file, serializeDataset(dataset))
    await expect(readDatasetVersion(file)).resolves.toEqual({ ok: true, schemaVersion: dataset.schemaVersion, version: dataset.version })
    const asked: number[] = []
    await readDatasetVersion(file, async (_path, length) => { asked.push(length); return '' })
    expect(asked).toEqual([4096])
  })

  it('says "not known" for a missing, damaged or foreign file, never throws', async () => {
    await expect(readDatasetVersion('/no/such/dataset.json')).resolves.toEqual({ ok: false })
    await expect(readDatasetVersion('/r/dataset.json', async () => '{"schemaVersion": 1, "proj')).resolves.toEqual({ ok: false })
    await expect(readDatasetVersion('/r/dataset.json', async () => { throw new Error('EACCES') })).resolves.toEqual({ ok: false })
  })
})
