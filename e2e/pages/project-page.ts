import { expect, type Locator, type Page } from '@playwright/test'
import type { SandscapeApp } from '../fixtures'

/** A project's detail page. */
export class ProjectPage {
  constructor(private readonly app: SandscapeApp) {}
  get page(): Page { return this.app.page }
  get heading(): Locator { return this.page.getByRole('heading', { level: 1 }) }

  async expectProject(name: string): Promise<void> {
    await expect(this.heading).toHaveText(name)
  }

  async back(): Promise<void> {
    await this.page.getByRole('button', { name: 'Back to projects' }).click()
  }

  section(name: string): Locator {
    return this.page.getByRole('region', { name })
  }

  async star(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Star ${name}` }).first().click()
  }

  /** Adds the project to lists by name, creating lists that do not exist yet. */
  async addToLists(...lists: string[]): Promise<void> {
    const field = this.page.getByRole('combobox', { name: 'My lists' })
    for (const list of lists) {
      await field.fill(list)
      await field.press('Enter')
    }
  }

  async writeNote(markdown: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Your note in Markdown' }).fill(markdown)
    await expect(this.page.getByText(/^Created .* · updated /)).toBeVisible()
  }
}
