import { expect, type Locator, type Page } from '@playwright/test'
import type { SandscapeApp } from '../fixtures'
import { Shell } from './shell'

export interface Blip {
  projectId: string
  ring: string
  quadrant: string
  moved: string
  label: string
}

/** The Radar: the picture (blips are links), its legend, exports and the Backstage import. */
export class RadarPage {
  constructor(private readonly app: SandscapeApp) {}
  get page(): Page { return this.app.page }
  get picture(): Locator { return this.page.getByRole('group', { name: 'Your tech radar' }) }
  get legend(): Locator { return this.page.getByRole('region', { name: /^Radar legend/ }) }
  get tooltip(): Locator { return this.page.getByTestId('radar-tooltip') }

  async open(): Promise<void> {
    await new Shell(this.app).go('Radar')
    await expect(this.picture).toBeVisible()
  }

  blip(projectId: string): Locator {
    return this.picture.locator(`a[data-project-id="${projectId}"]`)
  }

  /** Every blip drawn, with its ring, quadrant and move. */
  async blips(): Promise<Blip[]> {
    return this.picture.locator('a[data-project-id]').evaluateAll((links) => links.map((a) => ({
      projectId: a.getAttribute('data-project-id') ?? '',
      ring: a.getAttribute('data-ring') ?? '',
      quadrant: a.getAttribute('data-quadrant') ?? '',
      moved: a.getAttribute('data-moved') ?? '',
      label: a.getAttribute('aria-label') ?? '',
    })))
  }

  /** Runs an export from the Export menu and returns the saved file. */
  async export(item: string): Promise<{ name: string; content: string }> {
    return this.app.captureSave(async () => {
      await this.page.getByRole('button', { name: 'Export', exact: true }).click()
      await this.page.getByRole('menuitem', { name: new RegExp(`^${item.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).click()
    })
  }
}
