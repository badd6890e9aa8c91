import { expect, type Locator, type Page } from '@playwright/test'
import type { SandscapeApp } from '../fixtures'

/** Refreshing from the live landscape: the sources in Settings, Refresh now, the top-bar status. */
export class Refresh {
  constructor(private readonly app: SandscapeApp) {}
  get page(): Page { return this.app.page }
  /** The top bar's data status button ("Data from …", "Offline: data from …"). */
  get status(): Locator { return this.page.getByTestId('data-status') }
  get outcome(): Locator { return this.page.getByTestId('refresh-outcome') }

  /** Points the two sources at these URLs (Settings must be open); an empty string skips one. */
  async setSources(api: string, yaml: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Landscape API (projects/all.json)' }).fill(api)
    await this.page.getByRole('textbox', { name: 'landscape.yml (used if the API fails)' }).fill(yaml)
  }

  /** Points the three health sources at these base URLs (Settings must be open). */
  async setHealthSources(urls: { clomonitor: string; bestPractices: string; lfx: string }): Promise<void> {
    await this.page.getByRole('textbox', { name: 'CLOMonitor address' }).fill(urls.clomonitor)
    await this.page.getByRole('textbox', { name: 'OpenSSF Best Practices address' }).fill(urls.bestPractices)
    await this.page.getByRole('textbox', { name: 'LFX Insights address' }).fill(urls.lfx)
  }

  /** Switches the three health sources on or off (Settings must be open). */
  async useHealthSources(on: boolean): Promise<void> {
    for (const name of ['CLOMonitor', 'OpenSSF Best Practices', 'LFX Insights']) {
      await this.page.getByRole('checkbox', { name: `Use ${name}` }).setChecked(on)
    }
  }

  /** A source's last status line in Settings → Health sources. */
  sourceStatus(source: 'landscape' | 'clomonitor' | 'bestPractices' | 'lfx'): Locator {
    return this.page.getByTestId(`source-status-${source}`)
  }

  async setLogos(on: boolean): Promise<void> {
    await this.page.getByRole('checkbox', { name: 'Download project logos' }).setChecked(on)
  }

  /** Clicks Refresh now and waits until the refresh has finished, one way or the other. */
  async refreshNow(): Promise<void> {
    await this.page.getByRole('button', { name: 'Refresh now' }).click()
    await expect(this.outcome).toBeVisible({ timeout: 30_000 })
  }

  /** Refreshes from the top bar's status popover instead. */
  async refreshFromTopBar(): Promise<void> {
    await this.status.click()
    const dialog = this.page.getByRole('dialog', { name: 'Project data: status and refresh' })
    await dialog.getByRole('button', { name: 'Refresh now' }).click()
    await expect(dialog.getByTestId('refresh-outcome')).toBeVisible({ timeout: 30_000 })
  }
}
