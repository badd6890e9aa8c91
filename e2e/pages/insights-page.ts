import { expect, type Locator, type Page } from '@playwright/test'
import type { SandscapeApp } from '../fixtures'
import { Shell } from './shell'

export const CHARTS = { intake: 'Intake', cohorts: 'Cohorts', 'cohort-2023': 'The 2023 cohort', movements: 'Movements', categories: 'Categories' } as const
export type ChartId = keyof typeof CHARTS

/** The Insights view: five chart cards, each with "Show as table" and an export menu. */
export class InsightsPage {
  constructor(private readonly app: SandscapeApp) {}
  get page(): Page { return this.app.page }

  async open(): Promise<void> {
    await new Shell(this.app).go('Insights')
    await expect(this.page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible()
  }

  /** A chart's card: a region named by its title. */
  chart(id: ChartId): Locator {
    return this.page.getByRole('region', { name: CHARTS[id], exact: true })
  }

  /** A card's n-th figure's drawing (the chart library's SVG layer). */
  drawing(id: ChartId, figure = 0): Locator {
    return this.chart(id).locator('figure').nth(figure).locator('svg.MuiChartsSvgLayer-root')
  }

  /** The bars of one series, in data order (a zero is drawn with no length). */
  bars(id: ChartId, series: string, figure = 0): Locator {
    return this.drawing(id, figure).locator(`g[data-series="${series}"] rect`)
  }

  /** Heights (vertical bars) or widths (horizontal) of a series' bars, in data order. */
  async barLengths(id: ChartId, series: string, dimension: 'height' | 'width', figure = 0): Promise<number[]> {
    await expect(this.bars(id, series, figure).first()).toBeAttached()
    return this.bars(id, series, figure).evaluateAll((rects, d) => rects.map((r) => Number(r.getAttribute(d))), dimension)
  }

  async showTable(id: ChartId): Promise<Locator> {
    await this.chart(id).getByRole('switch', { name: 'Show as table' }).check()
    const table = this.chart(id).getByRole('table').first()
    await expect(table).toBeVisible()
    return table
  }

  /** A table's header texts and its rows' cell texts. */
  async tableTexts(table: Locator): Promise<{ headers: string[]; rows: string[][] }> {
    return table.evaluate((t) => ({
      headers: [...t.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? ''),
      rows: [...t.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((td) => td.textContent?.trim() ?? '')),
    }))
  }

  /** Opens a chart's export menu and picks an item ("Image (SVG)", "Image (PNG)", "Data (CSV)"). */
  async exportAs(id: ChartId, item: string): Promise<void> {
    await this.chart(id).getByRole('button', { name: `Export ${CHARTS[id]}` }).click()
    await this.page.getByRole('menuitem', { name: item, exact: true }).click()
  }

  /** The element keyboard users tab to in a chart (the library's focus target). */
  keyboardTarget(id: ChartId, figure = 0): Locator {
    return this.chart(id).locator('figure').nth(figure).locator('[tabindex="0"]').first()
  }
}
