import { describe, expect, it } from 'vitest'
import { makeProject } from '../testing/fixtures'
import { HANG_BUDGET_MS, timed } from '../testing/budget'
import { addPick, compareRows, movePick, noteExcerpt, type ProjectUserData } from './compare'
import type { Source } from '../dataset/schema'

const options = {
  language: 'en' as const,
  maturityLabel: (m: string) => m.toUpperCase(),
  linkLabel: (k: string) => `link:${k}`,
  formatDate: (d: string) => `on ${d}`,
  sourceLabel: (s: Source) => (s.kind === 'article' ? `article: ${s.section}` : `at ${s.url}`),
}
const a = makeProject({ id: 'alpha', tags: ['mesh', 'proxy'], dates: { accepted: '2023-05-17' } })
const b = makeProject({ id: 'beta', maturity: 'graduated', tags: ['mesh', 'proxy'], dates: { accepted: '2018-01-01', graduated: '2020-02-02' },
  repositories: [{ url: 'https://github.com/example/beta', primary: true, figures: { stars: 1234, license: 'Apache-2.0', fetchedAt: '2026-09-01T00:00:00Z' } }] })

describe('compareRows with evaluations', () => {
  const fields = (crit: string, owner: string) => [{ id: 'crit', label: 'Criticality', text: crit }, { id: 'owner', label: 'Owner', text: owner }]
  const userData = new Map<string, ProjectUserData>([
    ['alpha', { lists: [], tags: [], status: 'Adopt', lastDecided: '1 Nov 2026', fields: fields('high', '') }],
    ['beta', { lists: [], tags: [], fields: fields('low', '') }],
  ])
  const rows = compareRows([a, b], userData, options)

  it('adds the status, when it was last decided, and a row per field carrying its name', () => {
    expect(rows.find((r) => r.id === 'status')?.cells.map((c) => c.text)).toEqual(['Adopt', ''])
    expect(rows.find((r) => r.id === 'lastDecided')?.cells.map((c) => c.text)).toEqual(['1 Nov 2026', ''])
    expect(rows.find((r) => r.id === 'field:crit')).toMatchObject({ label: 'Criticality', differs: true, cells: [{ text: 'high' }, { text: 'low' }] })
    expect(rows.find((r) => r.id === 'field:owner')).toBeUndefined()
  })
})

describe('compareRows', () => {
  const userData = new Map<string, ProjectUserData>([['alpha', { lists: ['To try'], tags: ['shortlist'], noteExcerpt: 'Looks promising' }]])
  const rows = compareRows([a, b], userData, options)
  const row = (id: string) => rows.find((r) => r.id === id)

  it('gives one cell per project in order, with translated values', () => {
    expect(row('maturity')?.cells.map((c) => c.text)).toEqual(['SANDBOX', 'GRADUATED'])
    expect(row('accepted')?.cells.map((c) => c.text)).toEqual(['on 2023-05-17', 'on 2018-01-01'])
  })

  it('marks rows whose values differ', () => {
    expect(row('maturity')?.differs).toBe(true)
    expect(row('tags')?.differs).toBe(false)
    expect(row('category')?.differs).toBe(false)
  })

  it('leaves out rows no project has a value for, and keeps rows only some have', () => {
    expect(row('archived')).toBeUndefined()
    expect(row('incubating')).toBeUndefined()
    expect(row('graduated')?.cells.map((c) => c.text)).toEqual(['', 'on 2020-02-02'])
    expect(row('license')?.cells.map((c) => c.text)).toEqual(['', 'Apache-2.0'])
    expect(row('stars')?.cells[1].text).toBe('1,234')
  })

  it('includes the user\'s lists, tags and note excerpt', () => {
    expect(row('lists')?.cells.map((c) => c.text)).toEqual(['To try', ''])
    expect(row('userTags')?.cells[0].items).toEqual(['shortlist'])
    expect(row('note')?.cells[0].text).toBe('Looks promising')
  })

  it('gives each highlight its sources in the text exports carry, and lists the highlights alone for the view', () => {
    const reviewed = makeProject({ id: 'gamma', highlights: [
      { en: 'Reads RAPL counters', ru: 'Читает счётчики RAPL', sources: [{ kind: 'article', section: 'Kepler' }] },
      { en: 'Exports to Prometheus', ru: 'Отдаёт метрики в Prometheus', sources: [{ kind: 'landscape', url: 'https://github.com/cncf/landscape', date: '2026-08-07' }, { kind: 'url', url: 'https://gamma.example.org/docs/' }] },
    ] })
    const cell = compareRows([a, reviewed], userData, options).find((r) => r.id === 'highlights')!.cells[1]
    expect(cell.items).toEqual(['Reads RAPL counters', 'Exports to Prometheus'])
    expect(cell.exportItems).toEqual(['Reads RAPL counters (article: Kepler)', 'Exports to Prometheus (at https://github.com/cncf/landscape; at https://gamma.example.org/docs/)'])
  })

  it('shows placements and personas as the caller labels them', () => {
    const labelled = compareRows([makeProject({ id: 'delta', personas: ['SREs'], extraPlacements: [{ category: 'Wasm', subcategory: 'Runtimes' }] }), b], userData,
      { ...options, placementLabel: (p) => `${p.category.toUpperCase()} / ${p.subcategory.toUpperCase()}`, personaLabel: (x) => `persona:${x}` })
    expect(labelled.find((r) => r.id === 'category')?.cells[0].text).toBe('PROVISIONING / AUTOMATION & CONFIGURATION')
    expect(labelled.find((r) => r.id === 'placements')?.cells[0].items).toEqual(['WASM / RUNTIMES'])
    expect(labelled.find((r) => r.id === 'personas')?.cells[0].items).toEqual(['persona:SREs'])
  })

  it('keeps link URLs for the view and the export', () => {
    expect(row('links')?.cells[0].links).toEqual([{ label: 'link:homepage', url: 'https://alpha.example.org/' }])
  })
})

describe('picks', () => {
  it('adds up to six, refusing duplicates and a seventh', () => {
    let picks: string[] = []
    for (const id of ['a', 'b', 'c', 'd', 'e', 'f']) picks = addPick(picks, id).picks
    expect(addPick(picks, 'a')).toEqual({ picks, added: false, full: false })
    expect(addPick(picks, 'g')).toEqual({ picks, added: false, full: true })
  })

  it('moves a pick left or right, clamped at the ends', () => {
    expect(movePick(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b'])
    expect(movePick(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c'])
    expect(movePick(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b'])
  })
})

describe('noteExcerpt', () => {
  it('turns Markdown into one short line', () => {
    expect(noteExcerpt('# Verdict\n\n**Try** it on [staging](https://x.example).\n\n```\ncode\n```')).toBe('Verdict Try it on staging.')
    expect(noteExcerpt('word '.repeat(100), 20)).toHaveLength(20)
  })
})

describe('noteExcerpt on hostile notes', () => {
  // Issue 8: the same bracket patterns as the notes' plain text took minutes on a 1 MB note.
  it.each([['['], ['!['], ['[a](']])('excerpts 1 MB of %s within the budget', (unit) => {
    const { value, ms } = timed(() => noteExcerpt(unit.repeat(Math.ceil(1_000_000 / unit.length))))
    expect(value.length).toBeLessThanOrEqual(160)
    expect(ms).toBeLessThan(HANG_BUDGET_MS)
  })
})
