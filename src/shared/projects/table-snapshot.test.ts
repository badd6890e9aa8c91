import { describe, expect, it } from 'vitest'
import { LANDSCAPE_FIXTURE_SOURCE, makeProject } from '../testing/fixtures'
import { buildSearchData } from '../search/search-index'
import { buildTableSnapshot, tableModelOf, tableModelOfProjects } from './table-snapshot'
import { EMPTY_FILTERS, filterProjects } from './filter'

const text = (en: string, ru: string) => ({ en, ru, sources: [LANDSCAPE_FIXTURE_SOURCE] })
const projects = [
  makeProject({ id: 'sops', name: 'SOPS', tags: ['secrets', 'security'], summary: text('Encrypts secrets in files', 'Шифрует секреты в файлах'), dates: { accepted: '2023-05-17' } }),
  makeProject({ id: 'kepler', name: 'Kepler', maturity: 'incubating', highlights: [text('Estimates the power drawn by pods', 'Оценивает потребление энергии подами')], extraPlacements: [{ category: 'Observability and Analysis', subcategory: 'Monitoring' }] }),
  makeProject({ id: 'argo', name: 'argo', maturity: 'graduated', tags: ['gitops'], upstreamDescription: 'Declarative continuous delivery' }),
]
const rowsOf = (rows: readonly object[]) => rows.map((row) => JSON.stringify(row))

describe('the Projects model made straight from projects', () => {
  it('equals the one its stored snapshot makes, in both languages: rows, order, facets and search', () => {
    for (const language of ['en', 'ru'] as const) {
      const snapshot = buildTableSnapshot(projects, { search: 'later' })
      const stored = tableModelOf({ ...snapshot, search: buildSearchData(snapshot.documents) }, language)
      let documents: unknown
      const straight = tableModelOfProjects(projects, language, (made) => {
        documents = made
        return { make: () => buildSearchData(made) }
      })
      expect(documents).toEqual(snapshot.documents)
      expect(rowsOf(straight.rows)).toEqual(rowsOf(stored.rows))
      expect(filterProjects(straight.rows, { ...EMPTY_FILTERS, query: 'энергии' }).map((p) => p.id)).toEqual(['kepler'])
      for (const filters of [{ ...EMPTY_FILTERS, maturity: ['incubating' as const] }, { ...EMPTY_FILTERS, tags: ['gitops'] }, { ...EMPTY_FILTERS, query: 'энергии' }, { ...EMPTY_FILTERS, query: 'secrets' }]) {
        expect(filterProjects(straight.rows, filters).map((p) => p.id)).toEqual(filterProjects(stored.rows, filters).map((p) => p.id))
      }
    }
    // The projects themselves keep what they had.
    expect(projects[1].highlights).toHaveLength(1)
    expect(projects[0].summary?.ru).toBe('Шифрует секреты в файлах')
  })
})
