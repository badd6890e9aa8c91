import { expect, type Locator, type Page } from '@playwright/test'
import type { SandscapeApp } from '../fixtures'

export type Place = 'Projects' | 'Compare' | 'Bookmarks' | 'Notes' | 'Insights' | "What's new" | 'Settings'

/** What every view shares: the sidebar, the top bar's global search, the page itself. */
export class Shell {
  // The page is read through `app` each time, so page objects follow the app across restarts.
  constructor(private readonly app: SandscapeApp) {}
  get page(): Page { return this.app.page }
  get sidebar(): Locator { return this.page.getByRole('navigation') }
  /** The top bar's button that opens the command palette (also `/` and Ctrl+K). */
  get paletteButton(): Locator { return this.page.getByRole('banner').getByRole('button', { name: /Search or jump to/ }) }
  get palette(): Locator { return this.page.getByRole('dialog', { name: 'Command palette' }) }
  get paletteInput(): Locator { return this.palette.getByRole('combobox', { name: 'Search projects, views and actions' }) }
  paletteOption(name: string | RegExp): Locator { return this.palette.getByRole('option', { name, exact: true }) }

  navLink(place: Place | string): Locator {
    return this.sidebar.getByRole('link', { name: place, exact: true })
  }

  /** A saved view, listed under Projects in the sidebar. */
  savedView(name: string): Locator {
    return this.sidebar.getByRole('list', { name: 'Projects' }).getByRole('link', { name, exact: true })
  }

  /** Goes to a view from the sidebar (any language: pass the link's text). */
  async go(place: Place | string): Promise<void> {
    await this.navLink(place).click()
    await expect(this.navLink(place)).toHaveAttribute('aria-current', 'page')
  }

  /** Relative luminance of the page background, 0 (black) to 1 (white). */
  backgroundLuminance(): Promise<number> {
    return this.page.evaluate(() => {
      const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/[\d.]+/g)!.map(Number)
      const linear = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4)
      return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
    })
  }
}
