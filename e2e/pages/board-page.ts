import { expect, type Locator, type Page } from '@playwright/test'
import type { SandscapeApp } from '../fixtures'
import { Shell } from './shell'

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The Board: a column per status (a named region with a list of cards), the filter bar, the live announcer. */
export class BoardPage {
  constructor(private readonly app: SandscapeApp) {}
  get page(): Page { return this.app.page }
  get announcer(): Locator { return this.page.getByTestId('board-announcer') }

  async open(): Promise<void> {
    await new Shell(this.app).go('Board')
    await expect(this.column('No status')).toBeVisible()
  }

  /** A column by its status: the region is named "Assess, 3 projects". */
  column(status: string): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${escapeRegExp(status)}, \\d+ projects?$`) })
  }

  card(status: string, name: string): Locator {
    return this.column(status).getByRole('listitem').filter({ hasText: name })
  }

  /** The project names in a column, top to bottom. */
  async names(status: string): Promise<string[]> {
    return this.column(status).locator('[data-card-id]').evaluateAll((cards) => cards.map((c) => c.querySelector('[data-testid=card-name]')?.textContent?.trim() ?? ''))
  }

  async expectNames(status: string, names: string[]): Promise<void> {
    await expect.poll(() => this.names(status)).toEqual(names)
  }

  /** Drags a card with the mouse onto another column, dropping it at the end of its cards. */
  async drag(from: string, name: string, to: string): Promise<void> {
    const list = this.column(to).getByRole('list')
    const box = await list.boundingBox()
    await this.card(from, name).dragTo(list, { targetPosition: { x: 40, y: Math.max(10, (box?.height ?? 100) - 12) } })
  }

  /** Focuses a card and presses a key (Alt+Arrow… moves it). */
  async press(status: string, name: string, key: string): Promise<void> {
    await this.card(status, name).focus()
    await this.page.keyboard.press(key)
  }
}
