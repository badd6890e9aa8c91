import { readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { jsonDocument } from '../export/json'
import { makeEnvelope } from '../testing/export'
import { describe, expect, it } from 'vitest'
import { makeProject } from '../testing/fixtures'
import { normalizeUrl, parseBackstageRadar, planBackstageImport, type StatusNames } from './backstage-import'
import type { StatusChange } from './history'
import { DEFAULT_RADAR } from './radar'
import { toBackstageRadar } from './radar-export'

const text = readFileSync(path.join(__dirname, 'fixtures', 'backstage-radar.json'), 'utf8')
const projects = [
  makeProject({ id: 'alpha-proxy', name: 'Alpha Proxy' }),
  makeProject({ id: 'beta-operator', name: 'Beta Operator' }),
  makeProject({ id: 'gamma', name: 'Gamma Core', links: { homepage: 'https://gamma.example.org/' } }),
  makeProject({ id: 'delta-mesh', name: 'Delta Mesh' }),
]
const statuses: StatusNames[] = ['to-look-at', 'assess', 'trial', 'adopt', 'hold', 'rejected'].map((id) => ({ id, names: [id.replace(/-/g, ' ')] }))

describe('Backstage radar import', () => {
  it('maps entries by name or URL, rings by id or name, and reports the rest', () => {
    const parsed = parseBackstageRadar(text)
    if (!parsed.ok) throw new Error(parsed.kind)
    const plan = planBackstageImport(parsed.radar, projects, statuses, [])
    expect(plan.mapped.map((m) => [m.title, m.projectId])).toEqual([
      ['Alpha Proxy', 'alpha-proxy'], ['The Beta Operator', 'beta-operator'], ['Gamma', 'gamma'],
    ])
    expect(plan.unmapped).toEqual([{ title: 'Kotlin', reason: 'no-project' }, { title: 'Delta Mesh', reason: 'no-ring' }])
    expect(plan.unknownRings).toEqual(['retire'])
    const alpha = plan.mapped[0]
    expect(alpha.changes).toEqual([
      { projectId: 'alpha-proxy', statusId: 'trial', at: '2026-03-15T00:00:00.000Z', reason: 'Pilot in staging', origin: 'import' },
      { projectId: 'alpha-proxy', statusId: 'adopt', at: '2026-09-01T00:00:00.000Z', reason: 'Ran the **edge** for a quarter', origin: 'import' },
    ])
    expect(plan.mapped[1].changes[0]).toMatchObject({ statusId: 'hold', at: '2026-05-02T00:00:00.000Z' })
    expect(plan.changeCount).toBe(4)
  })

  it('adds nothing already in a project\'s history', () => {
    const parsed = parseBackstageRadar(text)
    if (!parsed.ok) throw new Error(parsed.kind)
    const existing: StatusChange[] = [{ id: 'x', projectId: 'alpha-proxy', statusId: 'adopt', at: '2026-09-01T00:00:00.000Z' }]
    const plan = planBackstageImport(parsed.radar, projects, statuses, existing)
    expect(plan.mapped[0].changes.map((c) => c.statusId)).toEqual(['trial'])
    expect(plan.mapped[0].alreadyThere).toBe(1)
  })

  it('refuses what is not a radar, with a reason', () => {
    expect(parseBackstageRadar('{"entries": [')).toMatchObject({ ok: false, kind: 'not-json' })
    expect(parseBackstageRadar('{"entries": []}')).toMatchObject({ ok: false, kind: 'invalid' })
    expect(parseBackstageRadar(JSON.stringify({ quadrants: [], rings: [], entries: [{ id: 'a', quadrant: 'q', title: 't', timeline: [{ ringId: 'r', date: 'not a date' }] }] }))).toMatchObject({ ok: false, kind: 'invalid' })
    expect(parseBackstageRadar(' '.repeat(5_000_001))).toMatchObject({ ok: false, kind: 'too-large' })
  })

  it('never throws, whatever the file holds', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json(), fc.anything().map((v) => { try { return JSON.stringify(v) ?? '' } catch { return '' } })), (input) => {
      const result = parseBackstageRadar(input)
      expect(typeof result.ok).toBe('boolean')
    }), { numRuns: 300 })
  })

  it('reads back what the export wrote: every blip maps to its project with its whole ring history', () => {
    const ringIds = ['adopt', 'trial', 'assess', 'hold']
    const arbitraryHistory = fc.array(fc.record({
      project: fc.integer({ min: 0, max: 3 }),
      status: fc.constantFrom(...ringIds, 'to-look-at', 'rejected'),
      day: fc.integer({ min: 0, max: 600 }),
      reason: fc.option(fc.string({ maxLength: 40 }).map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean), { nil: undefined }),
    }), { maxLength: 30 })
    fc.assert(fc.property(arbitraryHistory, (rows) => {
      const changes: StatusChange[] = rows.map((row, i) => ({
        id: `c${i}`, projectId: projects[row.project].id, statusId: row.status,
        at: new Date(Date.UTC(2025, 0, 1) + row.day * 86_400_000 + i).toISOString(), ...(row.reason ? { reason: row.reason } : {}),
      }))
      const radar = toBackstageRadar({
        title: 'r', quadrants: DEFAULT_RADAR.quadrants.map((q) => ({ id: q.id, name: q.id })), rings: ringIds.map((id) => ({ id, name: id, color: '#000' })),
        projects, changes, config: DEFAULT_RADAR, language: 'en', now: new Date(),
      })
      const parsed = parseBackstageRadar(jsonDocument(radar, makeEnvelope()))
      if (!parsed.ok) throw new Error(parsed.kind)
      const plan = planBackstageImport(parsed.radar, projects, statuses, [])
      expect(plan.unmapped).toEqual([])
      for (const entry of radar.entries) {
        const mapped = plan.mapped.find((m) => m.projectId === entry.id)!
        expect(mapped.changes.map((c) => [c.statusId, c.at, c.reason])).toEqual([...entry.timeline].reverse().map((s) => [s.ringId, s.date, s.description]))
      }
      // Importing into the history it came from adds nothing.
      expect(planBackstageImport(parsed.radar, projects, statuses, changes).changeCount).toBe(0)
    }), { numRuns: 150 })
  })

  it('compares URLs by what identifies the page', () => {
    expect(normalizeUrl('https://www.GitHub.com/example/beta-operator.git/')).toBe('github.com/example/beta-operator')
    expect(normalizeUrl('javascript:alert(1)')).toBeUndefined()
  })
})
