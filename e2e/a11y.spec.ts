import { expect, test } from './fixtures'
import { byName } from './dataset'

/** Controls on the page without an accessible name (a simple in-page check; axe is not used here). */
function unnamedControls() {
  const nameOf = (el: Element): string => {
    const labelledBy = el.getAttribute('aria-labelledby')
    if (labelledBy) return labelledBy.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim()
    const aria = el.getAttribute('aria-label')
    if (aria) return aria.trim()
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) {
      const labels = [...(el.labels ?? [])].map((l) => l.textContent ?? '').join(' ').trim()
      if (labels) return labels
      if (el.title) return el.title
      return el.type === 'hidden' ? 'hidden' : ''
    }
    return (el.textContent ?? el.getAttribute('title') ?? '').trim()
  }
  const controls = [...document.querySelectorAll('button, a[href], input, textarea, select, [role="button"], [role="checkbox"], [role="radio"], [role="tab"], [role="menuitem"]')]
  return controls
    .filter((el) => (el as HTMLElement).offsetParent !== null || el.getAttribute('type') === 'checkbox' || el.getAttribute('type') === 'radio')
    .filter((el) => nameOf(el) === '')
    .map((el) => el.outerHTML.slice(0, 160))
}

test('every control on the main views has an accessible name', async ({ app }) => {
  for (const hash of ['#/projects', `#/projects/${byName('Headlamp').id}`, '#/compare', '#/bookmarks', '#/notes', '#/whats-new', '#/settings']) {
    await app.goto(hash)
    await expect(app.page.getByRole('heading', { level: 1 }).first()).toBeVisible()
    expect(await app.page.evaluate(unnamedControls), hash).toEqual([])
  }
})

test('the projects table is a real table with headers and a row count', async ({ app }) => {
  const table = app.page.getByRole('table', { name: 'CNCF projects' })
  await expect(table.locator('tbody tr[data-row-id]').first()).toBeVisible()
  const rowCount = Number(await table.getAttribute('aria-rowcount'))
  expect(rowCount).toBeGreaterThan(1)
})
