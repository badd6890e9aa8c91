import { expect, type Locator, type Page } from '@playwright/test'
import type { SandscapeApp } from '../fixtures'

export type ExportFormatLabel = 'Markdown (.md)' | 'CSV (.csv)' | 'JSON (.json)'

/** The Export button and its menu, the same wherever a view offers an export. */
export class ExportMenu {
  constructor(private readonly app: SandscapeApp) {}
  get page(): Page { return this.app.page }
  get button(): Locator { return this.page.getByRole('button', { name: 'Export', exact: true }) }
  get dataOnly(): Locator { return this.page.getByRole('menuitemcheckbox', { name: /CSV: data only/ }) }

  /** Exports in a format and returns the file as saved (save dialog or download). */
  save(format: ExportFormatLabel): Promise<{ name: string; content: string }> {
    return this.app.captureSave(async () => {
      await this.button.click()
      await this.page.getByRole('menuitem', { name: format }).click()
    })
  }

  /** Opens the menu, sets "data only" and closes the menu again. */
  async setDataOnly(on: boolean): Promise<void> {
    await this.button.click()
    if ((await this.dataOnly.getAttribute('aria-checked')) !== String(on)) await this.dataOnly.click()
    await expect(this.dataOnly).toHaveAttribute('aria-checked', String(on))
    await this.page.keyboard.press('Escape')
    await expect(this.dataOnly).toBeHidden()
  }
}
