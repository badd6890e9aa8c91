import { describe, expect, it } from 'vitest'
import { makeProject } from '../testing/fixtures'
import { languageShares, primaryFigures } from './figures'

describe('primaryFigures', () => {
  it('reads the primary repository, else the first, else nothing', () => {
    const figures = { stars: 5, fetchedAt: '2026-09-01T00:00:00Z' }
    expect(primaryFigures(makeProject({ id: 'a', repositories: [{ url: 'https://x.example/a', primary: false }, { url: 'https://x.example/b', primary: true, figures }] }))).toBe(figures)
    expect(primaryFigures(makeProject({ id: 'b', repositories: [{ url: 'https://x.example/a', primary: false, figures }] }))).toBe(figures)
    expect(primaryFigures(makeProject({ id: 'c', repositories: [] }))).toBeUndefined()
  })
})

describe('languageShares', () => {
  it('gives whole percentages, largest first, dropping crumbs', () => {
    expect(languageShares({ Shell: 12000, Go: 900000, Dockerfile: 800, Makefile: 87200 })).toEqual([
      { name: 'Go', percent: 90 }, { name: 'Makefile', percent: 9 }, { name: 'Shell', percent: 1 },
    ])
    expect(languageShares(undefined)).toEqual([])
    expect(languageShares({ Go: 0 })).toEqual([])
  })
})
