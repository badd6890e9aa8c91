import { expect, test } from './fixtures'
import { sandbox } from './dataset'
import { ProjectsPage } from './pages/projects-page'

const accepted = sandbox.flatMap((p) => (p.dates.accepted ? [p.dates.accepted] : [])).sort()
const ascending = (dates: string[]) => dates.every((d, i) => i === 0 || dates[i - 1] <= d)
const descending = (dates: string[]) => dates.every((d, i) => i === 0 || dates[i - 1] >= d)

test('the Accepted header sorts newest first in one click, then oldest first, and says so with aria-sort', async ({ app }) => {
  const table = new ProjectsPage(app)
  await expect(table.columnHeader('Name')).toHaveAttribute('aria-sort', 'ascending')
  await expect(table.columnHeader('Accepted')).toHaveAttribute('aria-sort', 'none')

  await table.sortBy('Accepted')
  await expect(table.columnHeader('Accepted')).toHaveAttribute('aria-sort', 'descending')
  await expect(table.columnHeader('Name')).toHaveAttribute('aria-sort', 'none')
  await expect.poll(async () => (await table.columnTexts('Accepted', 'datetime'))[0]).toBe(accepted.at(-1))
  const newestFirst = await table.columnTexts('Accepted', 'datetime')
  expect(newestFirst.length).toBeGreaterThan(1)
  expect(descending(newestFirst), newestFirst.join(' ')).toBe(true)

  await table.sortBy('Accepted')
  await expect(table.columnHeader('Accepted')).toHaveAttribute('aria-sort', 'ascending')
  await expect.poll(async () => (await table.columnTexts('Accepted', 'datetime'))[0]).toBe(accepted[0])
  const oldestFirst = await table.columnTexts('Accepted', 'datetime')
  expect(ascending(oldestFirst), oldestFirst.join(' ')).toBe(true)
})

test('a header sorts from the keyboard too: Enter on Name reverses the default A–Z', async ({ app }) => {
  const table = new ProjectsPage(app)
  const byName = (a: string, b: string) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0)
  const sandboxNames = sandbox.map((p) => p.name).sort(byName)
  await expect.poll(async () => (await table.rowNames())[0]).toBe(sandboxNames[0])

  await table.columnHeader('Name').getByRole('button').focus()
  await app.page.keyboard.press('Enter')
  await expect(table.columnHeader('Name')).toHaveAttribute('aria-sort', 'descending')
  await expect.poll(async () => (await table.rowNames())[0]).toBe(sandboxNames.at(-1))
  const zToA = await table.rowNames()
  expect(zToA).toEqual([...zToA].sort(byName).reverse())

  await app.page.keyboard.press('Enter')
  await expect(table.columnHeader('Name')).toHaveAttribute('aria-sort', 'ascending')
})
