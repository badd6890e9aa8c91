import { expect, type Locator, type Page } from '@playwright/test'
import type { SandscapeApp } from '../fixtures'

/** A project page's Evaluation card (status, reason, history) and "Your fields" card. */
export class ProjectEvaluation {
  constructor(private readonly app: SandscapeApp) {}
  get page(): Page { return this.app.page }
  get section(): Locator { return this.page.getByRole('region', { name: 'Evaluation', exact: true }) }
  get current(): Locator { return this.section.getByTestId('current-status') }
  get fields(): Locator { return this.page.getByRole('region', { name: 'Your fields', exact: true }) }
  /** The history, newest first. */
  get historyItems(): Locator { return this.section.getByTestId('status-change') }

  /** Picks a status, types the reason and records it; waits until the page shows it. */
  async setStatus(status: string, reason?: string): Promise<void> {
    await this.section.getByRole('combobox', { name: /^Status/ }).click()
    await this.page.getByRole('option', { name: status, exact: true }).click()
    if (reason) await this.section.getByRole('textbox', { name: 'Reason (optional)' }).fill(reason)
    await this.section.getByRole('button', { name: 'Record' }).click()
    await expect(this.current).toContainText(status)
  }

  /** Status and reason of each history entry, newest first, once the card has read them. */
  async history(): Promise<string[]> {
    await expect(this.historyItems.first().or(this.section.getByText('No status recorded yet.'))).toBeVisible()
    return (await this.historyItems.allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim())
  }

  async editReason(index: number, reason: string): Promise<void> {
    const item = this.historyItems.nth(index)
    await item.getByRole('button', { name: /^Edit the reason/ }).click()
    await item.getByRole('textbox', { name: 'Reason (optional)' }).fill(reason)
    await item.getByRole('button', { name: 'Save' }).click()
    await expect(item).toContainText(reason)
  }

  /** Picks a value of a one-of or yes/no field. */
  async choose(field: string, value: string): Promise<void> {
    await this.fields.getByRole('combobox', { name: new RegExp(`^${field}`) }).click()
    await this.page.getByRole('option', { name: value, exact: true }).click()
    await expect(this.fields.getByRole('combobox', { name: new RegExp(`^${field}`) })).toContainText(value)
  }

  /** Types a text, number or date value (saved on Enter). */
  async type(field: string, value: string): Promise<void> {
    const input = this.fields.getByRole('textbox', { name: field, exact: true })
    await input.fill(value)
    await input.press('Enter')
  }
}
