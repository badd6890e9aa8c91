import { describe, expect, it } from 'vitest'
import { makeEnvelope, snapshotSource } from '../testing/export'

describe('export envelope', () => {
  it('names the licence, the snapshot (revision and date), the export time and the app version', () => {
    const envelope = makeEnvelope()
    expect(envelope.footer).toEqual([
      { text: 'Project data: CNCF Landscape (landscape.cncf.io), CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
      { text: 'Source: CNCF Landscape, revision 153d699bddf74038d21775b14d09052f62021441, 2026-08-07', url: 'https://github.com/cncf/landscape' },
      { text: 'Exported 2026-11-20 14:03 UTC with Sandscape 0.1.0' },
    ])
    expect(envelope.meta.refreshedAt).toBeUndefined()
  })

  it('says when the data came from a refresh, and where from', () => {
    const envelope = makeEnvelope({
      source: { ...snapshotSource, url: 'https://landscape.cncf.io/api/projects/all.json', revision: 'W-abc123', date: '2026-11-19', live: 'api' },
      refreshedAt: '2026-11-19T08:30:00.000Z',
    })
    expect(envelope.footer[1]).toEqual({ text: 'Source: CNCF Landscape, revision W-abc123, 2026-11-19, refreshed on 2026-11-19', url: 'https://landscape.cncf.io/api/projects/all.json' })
    expect(envelope.meta.refreshedAt).toBe('2026-11-19T08:30:00.000Z')
    expect(envelope.meta.source.live).toBe('api')
  })

  it('leaves out a revision the refreshed source did not name', () => {
    const envelope = makeEnvelope({ source: { ...snapshotSource, revision: 'live', live: 'yaml' }, refreshedAt: '2026-11-19T08:30:00.000Z' })
    expect(envelope.footer[1].text).toBe('Source: CNCF Landscape, 2026-08-07, refreshed on 2026-11-19')
    expect(envelope.meta.source.revision).toBe('live')
  })

  it('credits other sources beside the landscape, in the footer and in meta', () => {
    const credit = { text: 'Badge data: OpenSSF Best Practices badge contributors, CC BY 3.0+', url: 'https://creativecommons.org/licenses/by/3.0/' }
    const envelope = makeEnvelope({ credits: [credit] })
    expect(envelope.footer[1]).toEqual(credit)
    expect(envelope.footer).toHaveLength(4)
    expect(envelope.meta.credits).toEqual([credit])
    expect(makeEnvelope({ credits: [] }).meta).not.toHaveProperty('credits')
  })
})
