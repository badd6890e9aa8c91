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
    // The lower half of the column's last card (the drop lands after it), or the top of an empty
    // list: points inside what is drawn, whatever the list's height (it stretches with the board
    // and may end below the window).
    const cards = this.column(to).locator('[data-card-id]')
    const count = await cards.count()
    if (count === 0) {
      await this.card(from, name).dragTo(this.column(to).getByRole('list'), { targetPosition: { x: 40, y: 20 } })
      return
    }
    const last = cards.nth(count - 1)
    const box = await last.boundingBox()
    await this.card(from, name).dragTo(last, { targetPosition: { x: 40, y: Math.max(1, (box?.height ?? 40) - 6) } })
  }

  /** Focuses a card and presses a key (Alt+Arrow… moves it). */
  async press(status: string, name: string, key: string): Promise<void> {
    await this.card(status, name).focus()
    await this.page.keyboard.press(key)
  }
}
