import { describe, expect, it } from 'vitest'
import { makeDataset, makeProject } from '../testing/fixtures'
import { serializeDataset } from './build'
import { readDatasetHeader } from './header'

describe('readDatasetHeader', () => {
  const dataset = makeDataset([makeProject({ id: 'headlamp' })])

  it('reads the schema and version a dataset file starts with, written pretty or compact', () => {
    const expected = { schemaVersion: dataset.schemaVersion, version: dataset.version }
    expect(readDatasetHeader(serializeDataset(dataset))).toEqual(expected)
    expect(readDatasetHeader(JSON.stringify(dataset))).toEqual(expected)
    // Only the start is needed.
    expect(readDatasetHeader(JSON.stringify(dataset).slice(0, 60))).toEqual(expected)
  })

  it('gives nothing for a start that is not the generator\'s, so the whole file is read', () => {
    expect(readDatasetHeader(JSON.stringify({ version: dataset.version, schemaVersion: 2 }))).toBeUndefined()
    expect(readDatasetHeader('{"schemaVersion": 2, "version": "NOT-HEX-AT-ALL!!"}')).toBeUndefined()
    expect(readDatasetHeader('{"schemaVersion": 0, "version": "0123456789abcdef"}')).toBeUndefined()
    expect(readDatasetHeader('')).toBeUndefined()
    expect(readDatasetHeader(`${' '.repeat(5000)}{"schemaVersion": 2, "version": "0123456789abcdef"}`)).toBeUndefined()
    expect(readDatasetHeader('<!doctype html><title>Sign in</title>')).toBeUndefined()
  })
})
