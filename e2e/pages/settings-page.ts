import { expect, type Locator, type Page } from '@playwright/test'
import type { SandscapeApp } from '../fixtures'
import { Shell } from './shell'

export type LanguageChoice = 'en' | 'ru' | 'system'
export type ThemeChoice = 'light' | 'dark' | 'system'

/** Settings: language and theme. Choices are picked by value, so they work in either language. */
export class SettingsPage {
  constructor(private readonly app: SandscapeApp) {}
  get page(): Page { return this.app.page }

  /** Opens Settings from the sidebar; `label` is the link's text in the current language. */
  async open(label = 'Settings'): Promise<void> {
    await new Shell(this.app).go(label)
  }

  /** The radio button for `value` in the one radio group that offers it. */
  private choice(value: string, groupHas: string): Locator {
    const group = this.page.getByRole('radiogroup').filter({ has: this.page.locator(`input[value="${groupHas}"]`) })
    return group.getByRole('radio').and(this.page.locator(`[value="${value}"]`))
  }

  async setLanguage(language: LanguageChoice): Promise<void> {
    const radio = this.choice(language, 'ru')
    await radio.check()
    await expect(radio).toBeChecked()
  }

  async setTheme(theme: ThemeChoice): Promise<void> {
    const radio = this.choice(theme, 'dark')
    await radio.check()
    await expect(radio).toBeChecked()
  }
}

/** Settings → Statuses and Your fields. */
export class EvaluationSettings {
  constructor(private readonly app: SandscapeApp) {}
  get page(): Page { return this.app.page }
  get statuses(): Locator { return this.page.getByRole('region', { name: 'Statuses', exact: true }) }
  get fields(): Locator { return this.page.getByRole('region', { name: 'Your fields', exact: true }) }

  /** Adds one of the suggested fields (Criticality, Exit complexity, Owner, Review by) in one click. */
  async addSuggestedField(name: string): Promise<void> {
    await this.fields.getByRole('button', { name: `Add the field ${name}` }).click()
    await expect(this.fields.getByRole('textbox', { name: 'Name', exact: true }).last()).toHaveValue(name)
  }

  /** Removes a status, moving its projects to `reassignTo`. */
  async removeStatus(name: string, reassignTo: string): Promise<void> {
    await this.statuses.getByRole('button', { name: `Remove ${name}` }).click()
    const dialog = this.page.getByRole('dialog')
    await dialog.getByRole('combobox', { name: /^Move its projects to/ }).click()
    await this.page.getByRole('option', { name: reassignTo, exact: true }).click()
    await dialog.getByRole('button', { name: 'Remove' }).click()
    await expect(this.statuses.getByRole('textbox', { name: `Name of status ${name}` })).toBeHidden()
  }
}
