import type { Page } from '@playwright/test'
import type { SandscapeApp } from '../fixtures'

export type Place = 'Projects' | 'Compare' | 'Bookmarks' | 'Notes' | "What's new" | 'Settings'

/** The sidebar and top bar, present on every view. */
export class Shell {
  constructor(private readonly app: SandscapeApp) {}
  get page(): Page { return this.app.page }

  async go(place: Place | string): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: place }).click()
  }

  async setLanguage(label: 'English' | 'Русский' | 'Follow the system'): Promise<void> {
    await this.page.getByRole('radio', { name: label }).check()
  }

  async setTheme(label: string): Promise<void> {
    await this.page.getByRole('radio', { name: label }).check()
  }

  /** Relative luminance of the page background, 0 (black) to 1 (white). */
  backgroundLuminance(): Promise<number> {
    return this.page.evaluate(() => {
      const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g)!.map(Number)
      return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255
    })
  }
}
