// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ChartTable } from '../../../shared/insights/table'
import { ChartTableView } from './ChartTableView'
import './messages'
import type { InsightsFormat } from './format'

const format = {
  count: (n: number) => new Intl.NumberFormat('en').format(n),
  share: (x: number) => `${Math.round(x * 100)}%`,
  years: (x: number) => `${x.toFixed(1)} years`,
  numericDate: (iso: string) => iso,
} as unknown as InsightsFormat

const table: ChartTable = {
  title: 'Cohorts',
  columns: [
    { id: 'year', header: 'Intake year', format: 'text' },
    { id: 'archived', header: 'Archived', format: 'count' },
    { id: 'share', header: 'Archived, share', format: 'share' },
    { id: 'median', header: 'Median years', format: 'years' },
    { id: 'project', header: 'Project', format: 'text' },
  ],
  rows: [
    { year: { value: '2023' }, archived: { value: 1, selection: { year: ['2023'], maturity: ['archived'] } }, share: { value: 0.04 }, median: { value: 2.86 }, project: { value: 'Xline', projectId: 'xline' } },
    { year: { value: '2025' }, archived: { value: 0, selection: { year: ['2025'], maturity: ['archived'] } }, share: { value: 0 }, median: { value: null }, project: { value: null } },
  ],
}

describe('ChartTableView', () => {
  afterEach(cleanup)

  it('is a named table with row headers, numbers as the reader writes them and a dash for no value', () => {
    render(<ChartTableView table={table} format={format} onOpen={() => undefined} />)
    const grid = screen.getByRole('table', { name: 'Cohorts' })
    expect(within(grid).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Intake year', 'Archived', 'Archived, share', 'Median years', 'Project'])
    expect(within(grid).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['2023', '2025'])
    const [, first, second] = within(grid).getAllByRole('row')
    expect(within(first).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1', '4%', '2.9 years', 'Xline'])
    expect(within(second).getAllByRole('cell').map((c) => c.textContent)).toEqual(['0', '0%', '—', '—'])
  })

  it('opens a count in Projects with its selection, and a project at its page; zero opens nothing', () => {
    const onOpen = vi.fn()
    render(<ChartTableView table={table} format={format} onOpen={onOpen} />)
    fireEvent.click(screen.getByRole('button', { name: 'Open 1 project in Projects: 2023, Archived' }))
    expect(onOpen).toHaveBeenCalledWith({ year: ['2023'], maturity: ['archived'] })
    expect(screen.getAllByRole('button')).toHaveLength(1)
    expect(screen.getByRole('link', { name: 'Xline' }).getAttribute('href')).toBe('#/projects/xline')
  })
})
