import { describe, expect, it } from 'vitest'
import { snapshotSource } from '../../../shared/testing/export'
import { envelopeInputs } from './envelope-inputs'

const now = new Date('2026-11-20T14:03:00.000Z')
const meta = { source: snapshotSource, version: '25b631e03028748e', cachedAt: '2026-11-01T09:00:00.000Z' }

describe('envelopeInputs', () => {
  it('quotes the bundled snapshot without a refresh date', () => {
    expect(envelopeInputs({ ...meta, origin: 'bundled' }, '0.1.0', now)).toEqual({
      source: snapshotSource, datasetVersion: '25b631e03028748e', exportedAt: '2026-11-20T14:03:00.000Z', appVersion: '0.1.0',
    })
    // Records cached before `origin` existed are bundled data.
    expect(envelopeInputs(meta, '0.1.0', now).refreshedAt).toBeUndefined()
  })

  it('says when refreshed data was refreshed', () => {
    expect(envelopeInputs({ ...meta, origin: 'refresh', refreshedAt: '2026-11-19T08:30:00.000Z' }, '0.1.0', now).refreshedAt).toBe('2026-11-19T08:30:00.000Z')
    expect(envelopeInputs({ ...meta, origin: 'refresh' }, '0.1.0', now).refreshedAt).toBe('2026-11-01T09:00:00.000Z')
  })
})
