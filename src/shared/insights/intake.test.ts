import { describe, expect, it } from 'vitest'
import { makeProject } from '../testing/fixtures'
import { intake, OTHER_CATEGORIES } from './intake'

const projects = [
  makeProject({ id: 'alpha', dates: { accepted: '2021-02-10' }, category: 'Runtime' }),
  makeProject({ id: 'bravo', maturity: 'incubating', dates: { accepted: '2021-11-01', incubating: '2023-01-01' }, category: 'Runtime' }),
  makeProject({ id: 'charlie', maturity: 'archived', dates: { accepted: '2023-05-17', archived: '2025-01-01' }, category: 'Provisioning' }),
  makeProject({ id: 'delta', dates: { accepted: '2023-05-17' }, category: 'Provisioning',
    extraPlacements: [{ category: 'Runtime', subcategory: 'Container Runtime' }] }),
  makeProject({ id: 'echo', maturity: 'incubating', dates: {} }),
]
const ids = (segment: { ids: string[] }) => segment.ids

describe('intake', () => {
  it('counts each project once in the year of its acceptance, by maturity today, with empty years kept', () => {
    const result = intake(projects, 'maturity', 'year')
    expect(result.groups).toEqual(['sandbox', 'incubating', 'graduated', 'archived'])
    expect(result.bars.map((b) => [b.period, b.total])).toEqual([['2021', 2], ['2022', 0], ['2023', 2]])
    const [y2021, , y2023] = result.bars
    expect(ids(y2021.segments.sandbox)).toEqual(['alpha'])
    expect(ids(y2021.segments.incubating)).toEqual(['bravo'])
    expect(ids(y2023.segments.sandbox)).toEqual(['delta'])
    expect(ids(y2023.segments.archived)).toEqual(['charlie'])
    expect(ids(y2023.segments.graduated)).toEqual([])
    expect(y2023.segments.archived.selection).toEqual({ year: ['2023'], maturity: ['archived'] })
    expect(result.undated).toEqual(['echo'])
  })

  it('counts by quarter from the first intake quarter to the last', () => {
    const result = intake(projects, 'maturity', 'quarter')
    expect(result.bars.map((b) => `${b.period}:${b.total}`)).toEqual([
      '2021-Q1:1', '2021-Q2:0', '2021-Q3:0', '2021-Q4:1', '2022-Q1:0', '2022-Q2:0', '2022-Q3:0', '2022-Q4:0', '2023-Q1:0', '2023-Q2:2',
    ])
    expect(result.bars[3]).toMatchObject({ year: '2021', quarter: 4 })
    // The table filters by year: a quarter opens its year.
    expect(result.bars[9].segments.sandbox.selection).toEqual({ year: ['2023'], maturity: ['sandbox'] })
  })

  it('stacks by main category, largest first', () => {
    const result = intake(projects, 'category', 'year')
    expect(result.groups).toEqual(['Provisioning', 'Runtime'])
    expect(ids(result.bars[2].segments.Provisioning)).toEqual(['charlie', 'delta'])
    expect(ids(result.bars[2].segments.Runtime)).toEqual([])
    expect(result.bars[0].segments.Runtime.selection).toEqual({ year: ['2021'], category: ['Runtime'] })
  })

  it('keeps eight categories as they are and stacks the smallest together past that', () => {
    const many = (count: number) => Array.from({ length: count }, (_, i) => Array.from({ length: count - i }, (_, j) =>
      makeProject({ id: `p${i}-${j}`, category: `Category ${String.fromCharCode(65 + i)}`, dates: { accepted: '2022-01-01' } }))).flat()
    expect(intake(many(8), 'category', 'year').groups).toHaveLength(8)
    const nine = intake(many(9), 'category', 'year')
    expect(nine.groups).toEqual(['Category A', 'Category B', 'Category C', 'Category D', 'Category E', 'Category F', 'Category G', OTHER_CATEGORIES])
    // The two smallest (H: 2 projects, I: 1) share the last colour, and its segment opens both.
    expect(nine.bars[0].segments[OTHER_CATEGORIES].ids).toHaveLength(3)
    expect(nine.bars[0].segments[OTHER_CATEGORIES].selection).toEqual({ year: ['2022'], category: ['Category H', 'Category I'] })
  })

  it('has no bars for no projects', () => {
    expect(intake([], 'maturity', 'year')).toEqual({ groups: ['sandbox', 'incubating', 'graduated', 'archived'], bars: [], undated: [] })
  })
})
