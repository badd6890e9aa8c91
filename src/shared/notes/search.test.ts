import { describe, expect, it } from 'vitest'
import { HANG_BUDGET_MS, timed } from '../testing/budget'
import { plainText, searchNotes, snippetOf } from './search'

const notes = [
  { projectId: 'headlamp', markdown: '# Verdict\n\nTry **Headlamp** instead of Lens — plugins for our CRDs.', updatedAt: '2026-10-02T10:00:00Z' },
  { projectId: 'kepler', markdown: 'Энергопотребление подов: ёмкость кластера считать через Kepler.', updatedAt: '2026-10-03T10:00:00Z' },
  { projectId: 'sops', markdown: 'Secrets in git, with age keys.', updatedAt: '2026-09-01T10:00:00Z' },
]
const names: Record<string, string> = { headlamp: 'Headlamp', kepler: 'Kepler', sops: 'SOPS' }

describe('searchNotes', () => {
  it('lists every note newest first without a query', () => {
    expect(searchNotes(notes, '').map((h) => h.note.projectId)).toEqual(['kepler', 'headlamp', 'sops'])
  })

  it('needs every term, ignoring case, accents and ё/е', () => {
    expect(searchNotes(notes, 'LENS plugins').map((h) => h.note.projectId)).toEqual(['headlamp'])
    expect(searchNotes(notes, 'емкость').map((h) => h.note.projectId)).toEqual(['kepler'])
    expect(searchNotes(notes, 'lens age')).toEqual([])
  })

  it('matches the project name too', () => {
    expect(searchNotes(notes, 'sops', (id) => names[id]).map((h) => h.note.projectId)).toEqual(['sops'])
  })

  it('returns snippets with the matches marked', () => {
    const [hit] = searchNotes(notes, 'ёмкость')
    expect(hit.snippet.filter((p) => p.match).map((p) => p.text)).toEqual(['ёмкость'])
  })
})

describe('snippetOf', () => {
  it('cuts around the first match with ellipses', () => {
    const text = `${'a'.repeat(300)} needle ${'b'.repeat(300)}`
    const parts = snippetOf(text, ['needle'], 60)
    expect(parts[0]).toEqual({ text: '…', match: false })
    expect(parts.at(-1)).toEqual({ text: '…', match: false })
    expect(parts.find((p) => p.match)?.text).toBe('needle')
    expect(parts.map((p) => p.text).join('').length).toBeLessThanOrEqual(62)
  })

  it('merges overlapping matches', () => {
    expect(snippetOf('service mesh', ['service', 'vice mesh']).filter((p) => p.match)).toEqual([{ text: 'service mesh', match: true }])
  })
})

describe('plainText', () => {
  it('drops Markdown markup', () => {
    expect(plainText('# Title\n- **bold** [link](https://x.y)\n> quote')).toBe('Title bold link quote')
  })
})

// Issue 8: the link and image patterns rescanned the rest of the text from every bracket
// (64 KB of brackets: 1.5 s; a 1 MB note: minutes), on opening Notes and on each search.
describe('notes full of brackets', () => {
  it.each([
    ['[', '['.repeat(1_000_000)],
    ['![', '!['.repeat(500_000)],
    ['[a](', '[a]('.repeat(250_000)],
    ['] without (', '[a]'.repeat(330_000)],
  ])('reduces 1 MB of %s to text and searches it within the budget', (_name, markdown) => {
    const note = { projectId: 'x', markdown, updatedAt: '2026-10-01T10:00:00Z' }
    const { value, ms } = timed(() => [plainText(markdown), searchNotes([note], 'a')])
    expect(typeof value[0]).toBe('string')
    expect(ms).toBeLessThan(HANG_BUDGET_MS)
  })
})
