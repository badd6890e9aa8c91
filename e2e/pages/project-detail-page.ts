import { expect, type Locator, type Page } from '@playwright/test'
import type { SandscapeApp } from '../fixtures'

/** A project's page: header, maturity timeline, facts, links, the user's own notes and lists. */
export class ProjectDetailPage {
  constructor(private readonly app: SandscapeApp) {}
  get page(): Page { return this.app.page }
  get heading(): Locator { return this.page.getByRole('main').getByRole('heading', { level: 1 }) }
  get backButton(): Locator { return this.page.getByRole('button', { name: 'Back to projects' }) }
  get timeline(): Locator { return this.section('Maturity timeline') }
  get attribution(): Locator { return this.page.getByRole('main').getByTestId('attribution') }

  async expectProject(name: string): Promise<void> {
    await expect(this.heading).toHaveText(name)
  }

  /** Back to the table, which comes back as it was left. */
  async back(): Promise<void> {
    await this.backButton.click()
    await expect(this.page.getByRole('table', { name: 'CNCF projects' })).toBeVisible()
  }

  /** A titled card on the page ("Maturity timeline", "Links", "Highlights"…). */
  section(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true })
  }

  /** The Links card's links: accessible name and address. */
  async links(): Promise<{ name: string; href: string }[]> {
    const links = this.section('Links').getByRole('link')
    await expect(links.first()).toBeVisible()
    return links.evaluateAll((anchors) => anchors.map((a) => ({
      name: (a.textContent ?? '').trim(),
      href: a.getAttribute('href') ?? '',
    })))
  }

  /** The markers beside the maturity chip ("Accepted into the Sandbox in 2023", …). */
  marker(text: string): Locator {
    return this.page.getByRole('main').getByText(text, { exact: true })
  }

  /**
   * Opens the source of a curated statement ("Source of the summary", "Source of highlight 2")
   * and returns the dialog that says where it comes from.
   */
  async openSource(name: string): Promise<Locator> {
    await this.page.getByRole('button', { name, exact: true }).click()
    const dialog = this.page.getByRole('dialog', { name: 'Where this comes from' })
    await expect(dialog).toBeVisible()
    return dialog
  }

  async closeSource(): Promise<void> {
    await this.page.keyboard.press('Escape')
    await expect(this.page.getByRole('dialog', { name: 'Where this comes from' })).toBeHidden()
  }

  link(name: string | RegExp): Locator {
    return this.section('Links').getByRole('link', { name })
  }

  async star(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Star ${name}` }).first().click()
  }

  /** The "Yours" card: star, lists and tags. */
  get yours(): Locator { return this.page.getByRole('region', { name: 'Yours', exact: true }) }

  /**
   * Adds the project to lists by name, creating lists that do not exist yet. Like a person, it
   * waits for each list to show as a chip before adding the next.
   */
  async addToLists(...lists: string[]): Promise<void> {
    const field = this.yours.getByRole('combobox', { name: 'My lists' })
    for (const list of lists) {
      await field.fill(list)
      await field.press('Enter')
      await expect(this.yours.getByText(list, { exact: true })).toBeVisible()
    }
  }

  /** Types a note and waits until it is saved. */
  async writeNote(markdown: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Your note in Markdown' }).fill(markdown)
    await expect(this.page.getByText(/^Created .* · updated /)).toBeVisible()
  }
}
