import { readFileSync } from 'node:fs'
import path from 'node:path'
import { jsonDocument } from '../export/json'
import { makeEnvelope } from '../testing/export'
import { describe, expect, it } from 'vitest'
import { makeProject } from '../testing/fixtures'
import { BackstageRadarFile } from './backstage-import'
import type { StatusChange } from './history'
import { DEFAULT_RADAR } from './radar'
import { toBackstageRadar, toZalandoRadar, type RadarExportInput } from './radar-export'

const fixture = (name: string) => JSON.parse(readFileSync(path.join(__dirname, 'fixtures', name), 'utf8'))

const projects = [
  makeProject({ id: 'alpha', name: 'Alpha', category: 'Provisioning' }),
  makeProject({ id: 'beta', name: 'Beta', category: 'Orchestration & Management', links: {} }),
  makeProject({ id: 'gamma', name: 'Gamma', category: 'Runtime' }),
]
const c = (id: string, projectId: string, statusId: string | null, at: string, reason?: string): StatusChange => ({ id, projectId, statusId, at, ...(reason ? { reason } : {}) })
const changes = [
  c('1', 'alpha', 'to-look-at', '2026-08-01T09:00:00.000Z'),
  c('2', 'alpha', 'assess', '2026-09-01T09:00:00.000Z', 'Looks *promising*'),
  c('3', 'alpha', 'adopt', '2026-11-01T09:00:00.000Z', 'Ran it for a month'),
  c('4', 'beta', 'trial', '2026-10-01T09:00:00.000Z'),
  c('5', 'beta', 'hold', '2026-11-02T09:00:00.000Z', 'Too early'),
  c('6', 'gamma', 'rejected', '2026-11-02T09:00:00.000Z'),
]
const input: RadarExportInput = {
  title: 'My radar',
  quadrants: DEFAULT_RADAR.quadrants.map((q, i) => ({ id: q.id, name: `Quadrant ${i + 1}` })),
  rings: [
    { id: 'adopt', name: 'Adopt', color: '#5ba300' },
    { id: 'trial', name: 'Trial', color: '#009eb0' },
    { id: 'assess', name: 'Assess', color: '#c7ba00' },
    { id: 'hold', name: 'Hold', color: '#e09b96' },
  ],
  projects,
  changes,
  config: { ...DEFAULT_RADAR, movedSince: '2026-10-15' },
  language: 'en',
  now: new Date('2026-11-20T10:00:00.000Z'),
}

describe('Backstage Tech Radar export', () => {
  const radar = toBackstageRadar(input)

  it('has the shape its loader accepts, like a hand-written Backstage radar', () => {
    const handWritten = fixture('backstage-radar.json')
    expect(BackstageRadarFile.safeParse(handWritten).success).toBe(true)
    const reread = BackstageRadarFile.safeParse(JSON.parse(jsonDocument(radar, makeEnvelope())))
    expect(reread.success).toBe(true)
    expect(Object.keys(radar).sort()).toEqual(Object.keys(handWritten).sort())
    const ringIds = new Set(radar.rings.map((r) => r.id))
    const quadrantIds = new Set(radar.quadrants.map((q) => q.id))
    for (const entry of radar.entries) {
      expect(quadrantIds.has(entry.quadrant)).toBe(true)
      for (const snapshot of entry.timeline) expect(ringIds.has(snapshot.ringId)).toBe(true)
    }
  })

  it('writes the status history as the timeline: ring moves only, newest first, reasons as descriptions', () => {
    const alpha = radar.entries.find((e) => e.id === 'alpha')!
    expect(alpha).toMatchObject({ key: 'alpha', title: 'Alpha', quadrant: 'provisioning-runtime', url: 'https://alpha.example.org/' })
    expect(alpha.timeline).toEqual([
      { date: '2026-11-01T09:00:00.000Z', ringId: 'adopt', description: 'Ran it for a month', moved: 1 },
      { date: '2026-09-01T09:00:00.000Z', ringId: 'assess', description: 'Looks *promising*', moved: 0 },
    ])
    const beta = radar.entries.find((e) => e.id === 'beta')!
    expect(beta.url).toBe('https://github.com/example/beta')
    expect(beta.timeline.map((s) => [s.ringId, s.moved])).toEqual([['hold', -1], ['trial', 0]])
  })

  it('leaves out projects whose status is not a ring', () => {
    expect(radar.entries.map((e) => e.id)).toEqual(['alpha', 'beta'])
  })
})

describe('Zalando tech-radar export', () => {
  const radar = toZalandoRadar(input)

  it('has entries shaped like a hand-written radar.js config', () => {
    const handWritten = fixture('zalando-config.json')
    const keysOf = (entry: object) => Object.keys(entry).filter((k) => k !== 'link').sort()
    for (const entry of radar.entries) {
      expect(keysOf(entry)).toEqual(keysOf(handWritten.entries[0]))
      expect(entry.quadrant).toBeGreaterThanOrEqual(0)
      expect(entry.quadrant).toBeLessThan(4)
      expect(entry.ring).toBeLessThan(radar.rings.length)
      expect([-1, 0, 1, 2]).toContain(entry.moved)
    }
    expect(radar.quadrants).toHaveLength(4)
  })

  it('marks what moved since the chosen day', () => {
    expect(radar.entries).toEqual([
      { label: 'Alpha', quadrant: 0, ring: 0, moved: 1, link: 'https://alpha.example.org/', active: true },
      { label: 'Beta', quadrant: 1, ring: 3, moved: -1, link: 'https://github.com/example/beta', active: true },
    ])
    expect(radar.date).toBe('2026-11-20')
  })
})
