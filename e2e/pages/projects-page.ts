import { expect, type Locator, type Page } from '@playwright/test'
import type { SandscapeApp } from '../fixtures'

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The Projects view: global search, facet filters, the table. */
export class ProjectsPage {
  // Getters, so the page object follows the app across restarts.
  constructor(private readonly app: SandscapeApp) {}
  get page(): Page { return this.app.page }
  get table(): Locator { return this.page.getByRole('table', { name: 'CNCF projects' }) }
  get search(): Locator { return this.page.getByRole('searchbox', { name: 'Search projects' }) }
  get count(): Locator { return this.page.getByTestId('project-count') }

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Projects' }).click()
    await expect(this.table).toBeVisible()
  }

  /** "151 of 255 projects" → [151, 255]. */
  async counts(): Promise<[number, number]> {
    const text = (await this.count.textContent()) ?? ''
    const match = /(\d+)\D+(\d+)/.exec(text)
    if (!match) throw new Error(`unexpected count text: ${text}`)
    return [Number(match[1]), Number(match[2])]
  }

  async expectShown(shown: number, total: number): Promise<void> {
    await expect(this.count).toHaveText(new RegExp(`^${shown}\\D+${total}\\b`))
  }

  row(id: string): Locator {
    return this.table.locator(`tbody tr[data-row-id="${id}"]`)
  }

  /** Ids of the rendered rows, top to bottom (the table is virtualised: the first screenful). */
  async rowIds(): Promise<string[]> {
    await expect(this.table.locator('tbody tr[data-row-id]').first().or(this.page.getByTestId('empty-state'))).toBeVisible()
    return this.table.locator('tbody tr[data-row-id]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row-id') ?? ''))
  }

  async searchFor(text: string): Promise<void> {
    await this.search.fill(text)
  }

  /** Opens a facet menu, ticks each value, closes it. */
  async filter(facet: string, ...values: string[]): Promise<void> {
    await this.page.locator('button[aria-haspopup="dialog"]', { hasText: new RegExp(`^${escape(facet)}`) }).click()
    const dialog = this.page.getByRole('dialog', { name: facet })
    for (const value of values) await dialog.getByRole('checkbox', { name: new RegExp(`^${escape(value)}\\s*\\d`) }).check()
    await this.page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
  }

  async clearFilters(): Promise<void> {
    await this.page.getByRole('button', { name: 'Clear filters' }).click()
  }

  async sortBy(column: string): Promise<void> {
    await this.table.getByRole('columnheader', { name: column }).getByRole('button').click()
  }

  sortState(column: string): Promise<string | null> {
    return this.table.getByRole('columnheader', { name: column }).getAttribute('aria-sort')
  }

  async openProject(id: string): Promise<void> {
    await this.row(id).click()
  }

  async hideColumn(label: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Show or hide columns' }).click()
    await this.page.getByRole('menuitemcheckbox', { name: label }).click()
    await this.page.keyboard.press('Escape')
  }

  async pickForCompare(name: string): Promise<void> {
    await this.table.getByRole('checkbox', { name: `Compare ${name}` }).check()
  }
}
