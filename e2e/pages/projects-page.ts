import { expect, type Locator, type Page } from '@playwright/test'
import type { SandscapeApp } from '../fixtures'
import { Shell } from './shell'

export type FacetName = 'Maturity' | 'Category' | 'Subcategory' | 'Year accepted' | 'Sandbox 2023' | 'Tags' | 'TAG' | 'Specification' | 'Security audit' | 'Annual review'
export type QuickPick = 'Last 90 days' | 'This year' | '2023'
export type ExportFormat = 'CSV' | 'Markdown' | 'JSON'

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The Projects view: the top bar's search, the facet filters, the column menu and the table. */
export class ProjectsPage {
  constructor(private readonly app: SandscapeApp) {}
  get page(): Page { return this.app.page }
  get table(): Locator { return this.page.getByRole('table', { name: 'CNCF projects' }) }
  /** The table's own search field. */
  get searchBox(): Locator { return this.page.getByRole('main').getByRole('searchbox', { name: 'Search projects' }) }
  get count(): Locator { return this.page.getByTestId('project-count') }
  get emptyState(): Locator { return this.page.getByTestId('empty-state') }
  /** Rendered body rows. The table is virtualised: these are the first screenful or so. */
  get rows(): Locator { return this.table.locator('tbody tr[data-row-id]') }

  async open(): Promise<void> {
    await new Shell(this.app).go('Projects')
    await expect(this.table).toBeVisible()
  }

  // Search

  /** Types into the table's search (replacing what was there). */
  async search(text: string): Promise<void> {
    await this.searchBox.fill(text)
  }

  /** Clears the search with Escape in the field, or with its clear button. */
  async clearSearch(how: 'escape' | 'button' = 'escape'): Promise<void> {
    if (how === 'escape') await this.searchBox.press('Escape')
    else await this.page.getByRole('button', { name: 'Clear search' }).click()
    await expect(this.searchBox).toHaveValue('')
  }

  // The count: "151 of 255 projects"

  async countText(): Promise<string> {
    return ((await this.count.textContent()) ?? '').trim()
  }

  /** Waits until the count reads "`shown` of `total` projects". */
  async expectCount(shown: number, total: number): Promise<void> {
    await expect(this.count).toHaveText(new RegExp(`^${shown} of ${total} projects?$`))
  }

  /** The count, in any UI language: "`shown` … `total`". */
  async expectShown(shown: number, total: number): Promise<void> {
    await expect(this.count).toHaveText(new RegExp(`(^|\\D)${shown}\\D+${total}(\\D|$)`))
  }

  // Facets

  /** The button that opens a facet; its text gains " · n" when n values are ticked. */
  facetButton(facet: FacetName | string): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^${escapeRegExp(facet)}( · \\d+)?$`) })
      .and(this.page.locator('[aria-haspopup="dialog"]'))
  }

  facetDialog(facet: FacetName | string): Locator {
    return this.page.getByRole('dialog', { name: facet, exact: true })
  }

  /** Opens a facet's popover (a dialog of checkboxes, "value count") and returns it. */
  async openFacet(facet: FacetName | string): Promise<Locator> {
    const dialog = this.facetDialog(facet)
    if (!(await dialog.isVisible())) await this.facetButton(facet).click()
    await expect(dialog).toBeVisible()
    return dialog
  }

  async closeFacet(facet: FacetName | string): Promise<void> {
    await this.page.keyboard.press('Escape')
    await expect(this.facetDialog(facet)).toBeHidden()
  }

  /** A value's row in an open facet dialog: the label holds the value and its count. */
  private facetOption(facet: FacetName | string, value: string): Locator {
    return this.facetDialog(facet).locator('label').filter({ has: this.page.getByText(value, { exact: true }) })
  }

  /** Ticks or unticks one value (opening the facet if needed; it stays open). */
  async toggleFacetValue(facet: FacetName | string, value: string): Promise<void> {
    await this.openFacet(facet)
    const checkbox = this.facetOption(facet, value).getByRole('checkbox')
    const wasChecked = await checkbox.isChecked()
    await checkbox.click()
    await expect(checkbox).toBeChecked({ checked: !wasChecked })
  }

  /** The count shown beside a value in an open facet dialog. */
  async facetValueCount(facet: FacetName | string, value: string): Promise<number> {
    const text = ((await this.facetOption(facet, value).textContent()) ?? '').trim()
    return Number(text.slice(value.length).trim())
  }

  /** Opens a facet, toggles each value, closes it. */
  async filter(facet: FacetName | string, ...values: string[]): Promise<void> {
    for (const value of values) await this.toggleFacetValue(facet, value)
    await this.closeFacet(facet)
  }

  async clearFilters(): Promise<void> {
    await this.page.getByRole('button', { name: 'Clear filters' }).click()
  }

  async resetFilters(): Promise<void> {
    await this.page.getByRole('button', { name: 'Reset to defaults' }).click()
  }

  // Columns and sorting

  columnHeader(column: string): Locator {
    return this.table.getByRole('columnheader', { name: column, exact: true })
  }

  /** Clicks a column's header to sort by it (again: reverses), and waits for the header to say so. */
  async sortBy(column: string): Promise<void> {
    const header = this.columnHeader(column)
    const before = await header.getAttribute('aria-sort')
    await header.getByRole('button').click()
    await expect(header).not.toHaveAttribute('aria-sort', before ?? 'none')
  }

  sortState(column: string): Promise<string | null> {
    return this.columnHeader(column).getAttribute('aria-sort')
  }

  async setColumnVisible(label: string, visible: boolean): Promise<void> {
    await this.page.getByRole('button', { name: 'Show or hide columns' }).click()
    const item = this.page.getByRole('menuitemcheckbox', { name: label, exact: true })
    if ((await item.getAttribute('aria-checked')) !== String(visible)) await item.click()
    await expect(item).toHaveAttribute('aria-checked', String(visible))
    await this.page.keyboard.press('Escape')
    await expect(item).toBeHidden()
  }

  async hideColumn(label: string): Promise<void> {
    await this.setColumnVisible(label, false)
  }

  // Rows

  row(id: string): Locator {
    return this.table.locator(`tbody tr[data-row-id="${id}"]`)
  }

  /** Waits for the table to have rendered rows, or its empty state. */
  private async settled(): Promise<void> {
    await expect(this.rows.first().or(this.emptyState)).toBeVisible()
  }

  /** Ids of the rendered rows, top to bottom. */
  async rowIds(): Promise<string[]> {
    await this.settled()
    return this.rows.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row-id') ?? ''))
  }

  /**
   * One column of the rendered rows, top to bottom: its text as a screen reader reads it
   * (aria-hidden parts such as logos and monograms left out), or with `what: 'datetime'` the
   * machine-readable date of its <time> ('' where there is none).
   */
  async columnTexts(column: string, what: 'text' | 'datetime' = 'text'): Promise<string[]> {
    return (await this.readColumn(column, what)).map((row) => row.value)
  }

  /** Row ids with one column's value, read in one go so both come from the same render. */
  private async readColumn(column: string, what: 'text' | 'datetime'): Promise<{ id: string; value: string }[]> {
    await this.settled()
    return this.table.evaluate((table, [column, what]) => {
      const read = (node: Node): string => {
        if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return ''
        if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? ''
        return [...node.childNodes].map(read).join('')
      }
      const headers = [...table.querySelectorAll('thead th')]
      const index = headers.findIndex((th) => read(th).trim() === column)
      if (index < 0) throw new Error(`no column "${column}" in ${headers.map((th) => read(th).trim()).join(', ')}`)
      return [...table.querySelectorAll('tbody tr[data-row-id]')].map((row) => {
        const cell = row.children[index]
        const value = what === 'datetime' ? cell.querySelector('time')?.getAttribute('datetime') ?? '' : read(cell).trim()
        return { id: row.getAttribute('data-row-id') ?? '', value }
      })
    }, [column, what] as const)
  }

  /** Project names of the rendered rows, top to bottom. */
  rowNames(): Promise<string[]> {
    return this.columnTexts('Name')
  }

  /** The rendered row showing this project name. */
  async rowByName(name: string): Promise<Locator> {
    await expect.poll(() => this.rowNames(), { message: `a row named ${name}` }).toContain(name)
    const found = (await this.readColumn('Name', 'text')).find((row) => row.value === name)
    return this.row(found!.id)
  }

  /** Clicks the project's row: its page opens. */
  async openProject(name: string): Promise<void> {
    await (await this.rowByName(name)).click()
    await expect(this.page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText(name)
  }

  // The view: its address, layout, grouping, date filters

  /** The address the view is at: what a link to it carries. */
  address(): Promise<string> {
    return this.page.evaluate(() => window.location.hash)
  }

  /** Clicks a quick pick of a date's range ("Accepted: 2023"); a second click clears it. */
  async quickPick(pick: QuickPick, field = 'Accepted'): Promise<void> {
    const button = this.page.getByRole('button', { name: `${field}: ${pick}`, exact: true }).first()
    const pressed = await button.getAttribute('aria-pressed')
    await button.click()
    await expect(button).toHaveAttribute('aria-pressed', pressed === 'true' ? 'false' : 'true')
  }

  /** Sets a date's range in the Dates dialog ('' leaves an end open). */
  async setDateRange(field: string, from: string, to: string): Promise<void> {
    await this.page.getByRole('button', { name: /^Dates( · \d+)?$/ }).click()
    const dialog = this.page.getByRole('dialog', { name: 'Dates' })
    if (from) await dialog.getByLabel(`${field}: From`).fill(from)
    if (to) await dialog.getByLabel(`${field}: To`).fill(to)
    await this.page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
  }

  async setLayout(layout: 'Table' | 'Cards'): Promise<void> {
    const button = this.page.getByRole('group', { name: 'Layout' }).getByRole('button', { name: layout })
    await button.click()
    await expect(button).toHaveAttribute('aria-pressed', 'true')
    await expect(layout === 'Cards' ? this.cards : this.table).toBeVisible()
  }

  /** Groups the rows (or cards) by 'Category', 'Maturity', 'Year accepted'… or 'No grouping'. */
  async groupBy(choice: string): Promise<void> {
    await this.page.getByRole('button', { name: /^Group/ }).click()
    await this.page.getByRole('menuitemradio', { name: choice, exact: true }).click()
    await expect(this.page.getByRole('menu')).toBeHidden()
  }

  /** The group header rows of the table, top to bottom: "Runtime 12". */
  groupRows(): Locator {
    return this.table.locator('tbody tr[data-group-key]')
  }

  // Cards

  get cards(): Locator { return this.page.getByRole('grid', { name: 'CNCF projects' }) }
  card(id: string): Locator { return this.cards.locator(`[data-project-id="${id}"]`) }

  /** Ids of the rendered cards in reading order (virtualised: the first screenful or so). */
  async cardIds(): Promise<string[]> {
    await expect(this.cards.locator('[data-project-id]').first().or(this.emptyState)).toBeVisible()
    return this.cards.locator('[data-project-id]').evaluateAll((cards) => cards
      .map((c) => ({ id: c.getAttribute('data-project-id') ?? '', index: Number(c.getAttribute('data-index')) }))
      .sort((a, b) => a.index - b.index).map((c) => c.id))
  }

  // The view's menu: saved views, link, export

  async openViewMenu(): Promise<void> {
    await this.page.getByRole('button', { name: 'View: save, copy link, export' }).click()
    await expect(this.page.getByRole('menu')).toBeVisible()
  }

  async viewMenuItem(name: string | RegExp): Promise<Locator> {
    await this.openViewMenu()
    return this.page.getByRole('menuitem', { name })
  }

  /** Saves what is shown as a named view, optionally the one Projects opens on at start. */
  async saveView(name: string, options: { openAtStart?: boolean } = {}): Promise<void> {
    await (await this.viewMenuItem('Save view as…')).click()
    const dialog = this.page.getByRole('dialog', { name: 'Save view' })
    await dialog.getByLabel('Name').fill(name)
    if (options.openAtStart) await dialog.getByLabel('Open this view when the app starts').check()
    await dialog.getByRole('button', { name: 'Save' }).click()
    await expect(dialog).toBeHidden()
  }

  /** Copy link from the view's menu; returns the link (a web address, or sandscape:// on the desktop). */
  async copyLink(): Promise<string> {
    await (await this.viewMenuItem('Copy link')).click()
    await expect(this.page.getByText('Link copied')).toBeVisible()
    return this.page.evaluate(() => navigator.clipboard.readText())
  }

  /** Exports the view and returns the saved file (save dialog or download). */
  async exportView(format: ExportFormat): Promise<{ name: string; content: string }> {
    const item = await this.viewMenuItem(`Export as ${format}`)
    return this.app.captureSave(() => item.click())
  }

  /** The texts of the header cells shown, left to right (visually hidden labels included). */
  async headers(): Promise<string[]> {
    return this.table.locator('thead th').evaluateAll((ths) => ths.map((th) => {
      const label = th.getAttribute('aria-labelledby')
      return (label ? document.getElementById(label)?.textContent : th.textContent)?.trim() ?? ''
    }))
  }

  async pickForCompare(name: string): Promise<void> {
    await this.table.getByRole('checkbox', { name: `Compare ${name}` }).check()
  }
}
