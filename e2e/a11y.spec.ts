import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { sandbox } from './dataset'
import { ProjectsPage } from './pages/projects-page'
import { ProjectDetailPage } from './pages/project-detail-page'

// Roles a user operates: each needs an accessible name (buttons, links, every kind of input).
const CONTROLS = new Set(['button', 'link', 'textbox', 'searchbox', 'checkbox', 'radio', 'combobox', 'spinbutton', 'slider',
  'switch', 'tab', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'option'])

/**
 * Controls without an accessible name, from Playwright's view of the accessibility tree (the
 * same computation getByRole uses: aria-labelledby, aria-label, <label>, content, title…).
 * Hidden elements are not in the tree, so they are not counted. Each offender comes with the
 * lines above it, to tell where it is.
 */
async function controlsOf(page: Page): Promise<{ controls: number; unnamed: string[] }> {
  const lines = (await page.locator('body').ariaSnapshot()).split('\n')
  let controls = 0
  const unnamed: string[] = []
  lines.forEach((line, i) => {
    const match = /^\s*- '?([a-z]+)( "(?:[^"\\]|\\.)+")?/.exec(line)
    if (!match || !CONTROLS.has(match[1])) return
    controls++
    if (!match[2]) unnamed.push(lines.slice(Math.max(0, i - 3), i + 1).join('\n'))
  })
  return { controls, unnamed }
}

async function expectAllNamed(page: Page, where: string): Promise<void> {
  const { controls, unnamed } = await controlsOf(page)
  // The check has something to check: the view's controls are in the tree.
  expect(controls, `controls on ${where}`).toBeGreaterThan(0)
  expect(unnamed, `controls without a name on ${where}`).toEqual([])
}

test('every button, link and input on the Projects page has an accessible name', async ({ app }) => {
  const table = new ProjectsPage(app)
  await expect(table.rows.first()).toBeVisible()
  await expectAllNamed(app.page, 'the Projects page')

  for (const facet of ['Maturity', 'Category']) {
    await table.openFacet(facet)
    await expectAllNamed(app.page, `the ${facet} filter`)
    await table.closeFacet(facet)
  }

  await app.page.getByRole('button', { name: 'Show or hide columns' }).click()
  await expect(app.page.getByRole('menuitemcheckbox').first()).toBeVisible()
  await expectAllNamed(app.page, 'the columns menu')
  await app.page.keyboard.press('Escape')
})

test('the dates filter, the view menu, the grouped table and the cards have no unnamed controls', async ({ app }) => {
  const table = new ProjectsPage(app)
  await expect(table.rows.first()).toBeVisible()
  await app.page.getByRole('button', { name: 'Dates' }).click()
  // The form loads on first use: its fields, not just the empty dialog, are checked.
  await expect(app.page.getByRole('dialog', { name: 'Dates' }).getByRole('group').first()).toBeVisible()
  await expectAllNamed(app.page, 'the dates filter')
  await app.page.keyboard.press('Escape')

  await table.openViewMenu()
  await expectAllNamed(app.page, 'the view menu')
  await app.page.keyboard.press('Escape')

  await table.groupBy('Maturity')
  await expect(table.groupRows().first()).toBeVisible()
  await expectAllNamed(app.page, 'the grouped table')
  await table.setLayout('Cards')
  await expectAllNamed(app.page, 'the cards')
})

test('every button, link and input on a project page has an accessible name', async ({ app }) => {
  const table = new ProjectsPage(app)
  const [first] = await table.rowNames()
  await table.openProject(first)
  await expect(new ProjectDetailPage(app).section('Links')).toBeVisible()
  await expectAllNamed(app.page, `the page of ${first}`)
})

test('the other views have no unnamed controls either', async ({ app }) => {
  for (const hash of ['#/compare', '#/bookmarks', '#/notes', '#/board', '#/radar', '#/insights', '#/whats-new', '#/settings', `#/projects/${sandbox[0].id}`]) {
    await app.goto(hash)
    await expectAllNamed(app.page, hash)
  }
})

test('the projects table is a real table: named, with column headers and a row count', async ({ app }) => {
  const table = new ProjectsPage(app)
  await expect(table.rows.first()).toBeVisible()
  await expect(table.table.getByRole('columnheader', { name: 'Name', exact: true })).toHaveAttribute('aria-sort', 'ascending')
  expect(Number(await table.table.getAttribute('aria-rowcount'))).toBe(sandbox.length + 1)
  await expect(table.rows.first()).toHaveAttribute('tabindex', '0')
})
