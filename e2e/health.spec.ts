import { expect, test, type SandscapeApp } from './fixtures'
import { projects, sandbox } from './dataset'
import { clomonitorScore, failsSecurityPolicy, headlamp, kcl, kepler, startHealthWorld, type HealthWorld } from './health-world'
import { ProjectPage } from './pages/project-page'
import { ProjectsPage } from './pages/projects-page'
import { Refresh } from './pages/refresh'
import { Shell } from './pages/shell'

// Health and trends against a local mirror of all four sources (e2e/health-world.ts): the app's
// clock is set 90 days back for the first refresh and to today for the second.
let world: HealthWorld
test.beforeAll(async () => { world = await startHealthWorld() })
test.afterAll(() => world?.server.close())

const DAY = 86_400_000

async function pointAtWorld(app: SandscapeApp, urls: Partial<HealthWorld['urls']> = {}): Promise<Refresh> {
  const refresh = new Refresh(app)
  await new Shell(app).go('Settings')
  const all = { ...world.urls, ...urls }
  await refresh.setSources(all.api, '')
  await refresh.setHealthSources(all)
  await refresh.setLogos(false)
  return refresh
}

test('two refreshes 90 days apart: trends on the project page, health rows in Compare, the table by CLOMonitor score, "fails: SECURITY.md", What\'s new', async ({ app }) => {
  test.setTimeout(120_000)
  const shell = new Shell(app)
  const detail = new ProjectPage(app)
  const now = Date.now()
  world.serve(1)
  await app.page.clock.setFixedTime(now - 90 * DAY)

  // What the user watches: Headlamp starred, KCL in a list; a note that must survive.
  await app.goto(`#/projects/${headlamp.id}`)
  await detail.star('Headlamp')
  await app.goto(`#/projects/${kcl.id}`)
  await detail.addToLists('Watch')
  await app.goto(`#/projects/${kepler.id}`)
  await detail.writeNote('Measure the **power** draw before the pilot.')

  const refresh = await pointAtWorld(app)
  await refresh.refreshNow()
  const withClomonitor = projects.filter((p) => p.clomonitorName).length
  await expect(refresh.outcome.getByTestId('health-outcome')).toContainText(`CLOMonitor: figures for ${withClomonitor} projects`)
  await expect(refresh.outcome.getByTestId('health-outcome')).toContainText('OpenSSF Best Practices: figures for')
  await expect(refresh.outcome.getByTestId('health-outcome')).toContainText(`LFX Insights: figures for ${projects.filter((p) => p.lfxSlug).length} projects`)

  world.serve(2)
  await app.page.clock.setFixedTime(now)
  await refresh.refreshNow()

  await test.step('the project page: sparklines, deltas, the declining mark, the checks', async () => {
    await app.goto(`#/projects/${headlamp.id}`)
    const health = detail.section('Health')
    for (const metric of ['Stars', 'Contributors', 'CLOMonitor score']) {
      await expect(health.getByRole('img', { name: new RegExp(`^${metric}, 2 refreshes from `) })).toBeVisible()
    }
    await expect(health.getByTestId('trend-stars')).toContainText('+120 stars in 90 days')
    await expect(health.getByTestId('trend-contributors')).toContainText('-40 contributors in 90 days')
    await expect(health.getByTestId('trend-clomonitor')).toContainText('CLOMonitor score +13 in 90 days')
    await expect(health.getByTestId('declining-marker')).toContainText('Declining: contributors down 30% or more')
    await expect(health.getByTestId('health-clomonitor')).toContainText('75')
    await expect(health.getByTestId('health-best-practices')).toContainText('Passing')
    await expect(health.getByRole('region', { name: 'Security' }).getByRole('listitem').filter({ hasText: 'SECURITY.md' })).toHaveText('Security policy (SECURITY.md): Failed')
    await expect(health.getByRole('link', { name: /^Open at CLOMonitor/ })).toHaveAttribute('href', 'https://clomonitor.io/projects/cncf/headlamp')
  })

  await test.step('Compare: health rows, the best value marked, sparklines side by side', async () => {
    await app.goto(`#/compare?ids=${headlamp.id},${kcl.id},${kepler.id}`)
    const grid = app.page.getByRole('table', { name: 'Projects side by side' })
    const row = (name: string) => grid.getByRole('row').filter({ has: app.page.getByRole('rowheader', { name: new RegExp(`^${name}( \\(values differ\\))?$`) }) })
    const scores = [headlamp, kcl, kepler].map((p) => clomonitorScore(p.id, 2))
    const best = Math.max(...scores)
    const cells = row('CLOMonitor score').locator('td')
    await expect(cells).toHaveCount(3)
    for (const [i, score] of scores.entries()) {
      await expect(cells.nth(i)).toContainText(String(score))
      if (score === best) await expect(cells.nth(i)).toHaveAttribute('data-best', 'true')
      else await expect(cells.nth(i)).not.toHaveAttribute('data-best')
    }
    await expect(row('Stars, trend').getByRole('img')).toHaveCount(3)
    await expect(row('Stars, trend').locator('td').first()).toContainText('+120 stars in 90 days')
    await expect(row('Stars, trend').locator('td').first()).toHaveAttribute('data-best', 'true')
    await expect(row('Declining').locator('td').first()).toContainText('contributors down 30% or more')
    // The badge data's licence asks for its contributors' credit wherever it is shown.
    await expect(app.page.getByTestId('health-credit').filter({ hasText: 'OpenSSF Best Practices badge contributors' })).toBeVisible()
  })

  const table = new ProjectsPage(app)
  await test.step('the table sorted by CLOMonitor score', async () => {
    await table.open()
    await table.setColumnVisible('CLOMonitor', true)
    while ((await table.sortState('CLOMonitor')) !== 'descending') await table.sortBy('CLOMonitor')
    const shownSandbox = sandbox.filter((p) => p.id !== kcl.id)
    const top = Math.max(...shownSandbox.filter((p) => p.clomonitorName).map((p) => clomonitorScore(p.id, 2)))
    const values = (await table.columnTexts('CLOMonitor')).map(Number)
    expect(values[0]).toBe(top)
    expect(values).toEqual([...values].sort((a, b) => b - a))
  })

  await test.step('the view\'s export carries the health columns and the credits their sources ask for', async () => {
    await table.setColumnVisible('Best practices', true)
    const { content } = await table.exportView('CSV')
    expect(content).toContain('CLOMonitor')
    expect(content).toContain('Best practices')
    expect(content).toContain('Badge data by the OpenSSF Best Practices badge contributors, CC BY 3.0+')
    expect(content).toContain('CLOMonitor figures from clomonitor.io')
    await table.setColumnVisible('Best practices', false)
  })

  await test.step('"fails: SECURITY.md"', async () => {
    await table.filter('Fails check', 'Security policy (SECURITY.md)')
    const failing = sandbox.filter((p) => p.id !== kcl.id && p.clomonitorName && failsSecurityPolicy(p.id))
    await table.expectCount(failing.length, projects.length)
    await expect(app.page.getByRole('button', { name: 'Fails check: Security policy (SECURITY.md)' })).toBeVisible()
    // Like every facet, it is in the view's link.
    expect(new URL(app.page.url()).hash).toContain('failsCheck=security_policy')
    expect(failing.map((p) => p.id)).toEqual(expect.arrayContaining(await table.rowIds()))
  })

  await test.step('What\'s new reports the watched projects\' changes at the top', async () => {
    await shell.go("What's new")
    const watched = app.page.getByTestId('watched-changes')
    await expect(watched.locator('li[data-kind="archived"]')).toHaveText(/KCL\s*Archived/)
    await expect(watched.locator('li[data-kind="declining"]')).toContainText('Headlamp')
    await expect(watched.locator('li[data-kind="declining"]')).toContainText('Started declining: contributors down 30% or more')
    await expect(watched.locator('li[data-kind="score"]')).toContainText('CLOMonitor score 62 → 75')
    await expect(watched.locator('li[data-kind="release"]')).toContainText('New release')
    // Kepler is not watched: nothing about it, though its note is there.
    await expect(watched).not.toContainText('Kepler')
    await expect(app.page.getByRole('main').locator('section').first()).toHaveAttribute('data-testid', 'watched-changes')
  })

  await shell.go('Notes')
  await expect(app.page.getByTestId('note-snippet')).toContainText('power')
})

test('each source fails alone: its status says why, its earlier figures stay, the others and the user\'s data carry on', async ({ app }) => {
  test.setTimeout(120_000)
  const detail = new ProjectPage(app)
  world.serve(1)
  await app.goto(`#/projects/${headlamp.id}`)
  await detail.star('Headlamp')
  const refresh = await pointAtWorld(app)
  await refresh.refreshNow()
  await expect(refresh.sourceStatus('clomonitor')).toContainText('figures for')

  // CLOMonitor answers the wrong shape; LFX Insights answers nothing but 429 Too Many Requests.
  world.server.route('/moved/api/projects/search', { contentType: 'application/json', body: '{"error":"moved"}' })
  world.server.handle('/storm/api/project/', () => ({ status: 429, contentType: 'application/json', headers: { 'retry-after': '1' }, body: '{"statusCode":429}' }))
  await pointAtWorld(app, { clomonitor: world.server.url('/moved'), lfx: world.server.url('/storm') })
  await refresh.refreshNow()
  const outcome = refresh.outcome.getByTestId('health-outcome')
  await expect(outcome.locator('[data-source="clomonitor"]')).toHaveText('CLOMonitor: unexpected format; its earlier figures are kept')
  await expect(outcome.locator('[data-source="lfx"]')).toHaveText('LFX Insights: rate limited (429); its earlier figures are kept')
  await expect(outcome.locator('[data-source="bestPractices"]')).toContainText('OpenSSF Best Practices: figures for')
  await expect(refresh.sourceStatus('clomonitor')).toContainText('unexpected format. Its earlier figures are kept.')
  await expect(refresh.sourceStatus('lfx')).toContainText('rate limited (429)')
  await expect(refresh.sourceStatus('landscape')).toContainText(`figures for ${projects.length} projects`)

  await app.goto(`#/projects/${headlamp.id}`)
  const health = detail.section('Health')
  await expect(health.getByTestId('health-clomonitor')).toContainText(String(clomonitorScore(headlamp.id, 1)))
  await expect(health.getByTestId('health-lfx')).toBeVisible()
  await expect(app.page.getByRole('button', { name: 'Unstar Headlamp' }).first()).toBeVisible()
})
