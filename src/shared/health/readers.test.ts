import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { bestPracticesId, bestPracticesPageUrl, BestPracticesFormatError, progressToNext, readBestPracticesPage } from './best-practices'
import { CLOMONITOR_CHECKS, ClomonitorFormatError, clomonitorChecksUrl, clomonitorSearchUrl, ratingOf, readClomonitorChecks, readClomonitorSearchPage } from './clomonitor'
import { isLfxSlug, LfxFormatError, lfxInsightsUrl, readLfxInsight } from './lfx'

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')

describe('CLOMonitor', () => {
  it('asks for the CNCF projects a page at a time, and for the checks in one CSV', () => {
    expect(clomonitorSearchUrl('https://mirror.example.net/clo/', 100)).toBe('https://mirror.example.net/clo/api/projects/search?foundation[0]=cncf&limit=100&offset=100&sort_by=name&sort_direction=asc')
    expect(clomonitorChecksUrl('https://clomonitor.io')).toBe('https://clomonitor.io/data/repositories.csv')
  })

  it('reads each CNCF project\'s scores and rating from a search page, skipping the rest', () => {
    const { items, count } = readClomonitorSearchPage(JSON.parse(fixture('clomonitor-search.fixture.json')))
    expect(count).toBe(5)
    expect(items).toEqual([
      {
        name: 'lighthouse', score: 86.7, rating: 'a', updatedAt: '2026-09-01T00:00:00.000Z',
        sections: { documentation: 83.3, license: 100, bestPractices: 90, security: 76.7, legal: 100 },
      },
      { name: 'quarry', score: 41.2, rating: 'c', updatedAt: '2026-09-01T00:00:00.000Z', sections: { documentation: 40, license: 66.7, bestPractices: 30, security: 25, legal: 0 } },
    ])
    expect(() => readClomonitorSearchPage({ items: [] })).toThrow(ClomonitorFormatError)
  })

  it('rates scores in CLOMonitor\'s bands', () => {
    expect([100, 75, 74.6, 74.4, 50, 49, 25, 24.4, 0].map(ratingOf)).toEqual(['a', 'a', 'a', 'b', 'b', 'c', 'c', 'd', 'd'])
  })

  it('folds repository checks per project: passed everywhere it ran, failed anywhere, else not applicable', () => {
    const checks = readClomonitorChecks(fixture('clomonitor-repositories.fixture.csv'))
    expect([...checks.keys()]).toEqual(['lighthouse', 'quarry'])
    const lighthouse = checks.get('lighthouse')!
    // SECURITY.md passes on the main repository and fails on the charts: the project fails it.
    expect(lighthouse.failed).toEqual(['roadmap', 'summary_table', 'license_scanning', 'cla', 'sbom', 'security_policy', 'signed_releases'])
    expect(lighthouse.passed).toContain('readme')
    expect(lighthouse.passed).toContain('license_spdx_id')
    expect(lighthouse.passed).toContain('analytics')
    expect(lighthouse.passed.length + lighthouse.failed.length).toBe(CLOMONITOR_CHECKS.length)
    const quarry = checks.get('quarry')!
    expect(quarry.failed).toContain('license_spdx_id')
    expect(quarry.failed).toContain('security_policy')
    // No analytics value: the check is not counted either way.
    expect([...quarry.passed, ...quarry.failed]).not.toContain('analytics')
  })

  it('refuses a CSV that is not CLOMonitor\'s', () => {
    expect(() => readClomonitorChecks('name,value\na,1\n')).toThrow(ClomonitorFormatError)
    expect(() => readClomonitorChecks('Foundation,Project,Colour\ncncf,a,red\n')).toThrow(/none of the check columns/)
    expect(() => readClomonitorChecks('Foundation,Project,Readme\n"cncf,a')).toThrow(/not valid CSV/)
  })
})

describe('OpenSSF Best Practices', () => {
  it('finds the project id in any form of badge link', () => {
    expect(bestPracticesId('https://www.bestpractices.dev/projects/1')).toBe(1)
    expect(bestPracticesId('https://bestpractices.coreinfrastructure.org/en/projects/1269')).toBe(1269)
    expect(bestPracticesId('https://www.bestpractices.dev/ru/projects/42/passing')).toBe(42)
    expect(bestPracticesId('https://github.com/nats-io')).toBeUndefined()
    expect(bestPracticesId('https://www.bestpractices.dev/projects/0')).toBeUndefined()
    expect(bestPracticesId('not a url')).toBeUndefined()
    expect(bestPracticesId(undefined)).toBeUndefined()
  })

  it('asks for up to a page of ids at once', () => {
    expect(bestPracticesPageUrl('https://www.bestpractices.dev/', [1, 4602])).toBe('https://www.bestpractices.dev/en/projects.json?ids=1,4602')
  })

  it('reads the badge level and tiered percentage of each entry', () => {
    const byId = readBestPracticesPage(JSON.parse(fixture('bestpractices-projects.fixture.json')))
    expect([...byId.values()]).toEqual([
      { id: 1, level: 'passing', tieredPercentage: 145, updatedAt: '2026-08-30T09:15:00.000Z' },
      { id: 4602, level: 'in_progress', tieredPercentage: 72, updatedAt: '2026-07-02T16:40:12.345Z' },
    ])
    expect(progressToNext(byId.get(1)!)).toBe(45)
    expect(progressToNext({ tieredPercentage: 300 })).toBe(100)
    expect(() => readBestPracticesPage({ id: 1 })).toThrow(BestPracticesFormatError)
  })
})

describe('LFX Insights', () => {
  it('reads the health score, its parts and active contributors', () => {
    expect(readLfxInsight(JSON.parse(fixture('lfx-insights.fixture.json')), 'quarry')).toEqual({
      slug: 'quarry', healthScore: 64, parts: { contributors: 70, popularity: 52, development: 81, security: 55 },
      activeContributors: 38, activeContributorsBefore: 51,
    })
  })

  it('keeps what is there when parts are missing, and refuses what is not an insight', () => {
    expect(readLfxInsight({ slug: 'x', healthScore: 'high', popularityHealthScore: 40 }, 'x')).toEqual({ slug: 'x', parts: { popularity: 40 } })
    expect(() => readLfxInsight([], 'x')).toThrow(LfxFormatError)
    expect(() => readLfxInsight({ healthScore: 3 }, 'x')).toThrow(/name no project/)
  })

  it('puts only plain slugs in a URL path', () => {
    expect(isLfxSlug('aerakimesh')).toBe(true)
    expect(isLfxSlug('../../admin')).toBe(false)
    expect(lfxInsightsUrl('https://insights.linuxfoundation.org/', 'k8s')).toBe('https://insights.linuxfoundation.org/api/project/k8s/insights')
  })
})

describe('any JSON a server sends', () => {
  const anyJson = fc.jsonValue({ maxDepth: 4 })
  const formatErrors = [ClomonitorFormatError, BestPracticesFormatError, LfxFormatError]
  const readsOrRefuses = (read: () => unknown) => {
    try {
      read()
    } catch (error) {
      expect(formatErrors.some((type) => error instanceof type), String(error)).toBe(true)
    }
  }

  it('is read or refused with a format error, never anything else', () => {
    fc.assert(fc.property(anyJson, (doc) => {
      readsOrRefuses(() => readClomonitorSearchPage(doc))
      readsOrRefuses(() => readBestPracticesPage(doc))
      readsOrRefuses(() => readLfxInsight(doc, 'x'))
    }))
  })

  it('gives CLOMonitor figures only within their bounds, whatever the items hold', () => {
    const item = fc.record({ name: fc.string({ maxLength: 300 }), foundation: fc.constantFrom('cncf', 'lfaidata'), rating: fc.string(), score: fc.record({ global: fc.double(), security: fc.double() }) }, { requiredKeys: [] })
    fc.assert(fc.property(fc.array(item, { maxLength: 20 }), (items) => {
      for (const figures of readClomonitorSearchPage(items).items) {
        expect(figures.score).toBeGreaterThanOrEqual(0)
        expect(figures.score).toBeLessThanOrEqual(100)
        expect(figures.name.length).toBeLessThanOrEqual(200)
        expect(['a', 'b', 'c', 'd']).toContain(figures.rating)
      }
    }))
  })
})
