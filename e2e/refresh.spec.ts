import { readFileSync } from 'node:fs'
import { expect, test } from './fixtures'
import { byName, dataset, projects, sandbox } from './dataset'
import { ProjectPage } from './pages/project-page'
import { ProjectsPage } from './pages/projects-page'
import { Refresh } from './pages/refresh'
import { Shell } from './pages/shell'
import { startLandscapeServer, type LandscapeServer } from '../test/landscape-server'
import { toApiItem } from '../test/landscape-api-writer'

// A local "landscape": our own bundled data written out as the API's all.json at run time, with
// upstream news applied: one project promoted, one archived, one renamed, one removed and one
// invented newcomer. The web build fetches it cross-origin (the server sends CORS headers).
const headlamp = byName('Headlamp')
const sops = byName('SOPS')
const archivedOne = sandbox.find((p) => p.id !== headlamp.id && p.id !== sops.id && p.repositories.length > 0)!
const renamedOne = sandbox.find((p) => ![headlamp.id, sops.id, archivedOne.id].includes(p.id) && p.repositories.some((r) => r.primary))!
const renamedTo = `${renamedOne.name} Next`
const newcomer = 'Lanternfish'

function upstreamProjects() {
  const changed = projects
    .filter((p) => p.id !== sops.id)
    .map((p) => p.id === headlamp.id ? { ...p, maturity: 'incubating' as const, dates: { ...p.dates, incubating: '2026-09-01' } }
      : p.id === archivedOne.id ? { ...p, maturity: 'archived' as const, dates: { ...p.dates, archived: '2026-09-02' } }
      : p.id === renamedOne.id ? { ...p, name: renamedTo }
      : p)
  const items = changed.map((p) => toApiItem(p, {
    logoUrl: `logos/${p.id}.svg`,
    figures: p.id === headlamp.id ? { [p.repositories[0].url]: { stars: 4321, contributors: 87, license: 'Apache-2.0', latest_release: '2026-08-30T10:00:00Z', languages: { TypeScript: 800, Go: 200 } } } : undefined,
  }))
  items.push({
    category: 'Observability and Analysis', subcategory: 'Observability', id: 'observability-and-analysis--observability--lanternfish',
    name: newcomer, homepage_url: 'https://lanternfish.example.org/', logo_url: 'logos/lanternfish.svg', maturity: 'sandbox',
    accepted_at: '2026-09-03', description: 'Lanternfish lights up dark log streams.',
  })
  return items
}

const safeSvg = readFileSync('src/shared/refresh/fixtures/logo-safe.svg', 'utf8')
const evilSvg = readFileSync('src/shared/refresh/fixtures/logo-script.svg', 'utf8')
const today = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date())
const bundledDate = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${dataset.source.date}T00:00:00Z`))

let server: LandscapeServer
test.beforeAll(async () => {
  server = await startLandscapeServer({
    '/api/projects/all.json': { contentType: 'application/json', body: JSON.stringify(upstreamProjects()) },
    [`/api/projects/logos/${headlamp.id}.svg`]: { contentType: 'image/svg+xml', body: safeSvg },
    '/api/projects/logos/lanternfish.svg': { contentType: 'image/svg+xml', body: evilSvg },
  })
})
test.afterAll(() => server?.close())

test('refresh from a mirror: What\'s new lists the changes, figures and logos arrive, notes and bookmarks stay', async ({ app }) => {
  const shell = new Shell(app)
  const detail = new ProjectPage(app)
  const refresh = new Refresh(app)

  // The user's own data, on a project about to be promoted and one about to leave the landscape.
  await app.goto(`#/projects/${headlamp.id}`)
  await detail.star('Headlamp')
  await app.goto(`#/projects/${sops.id}`)
  await detail.writeNote('We keep our secrets in **SOPS**: check the age key rotation.')

  // First launch: What's new explains the bundled data.
  await shell.go("What's new")
  await expect(app.page.getByTestId('whats-new-bundled')).toContainText(`from ${bundledDate} (${projects.length} projects)`)

  await shell.go('Settings')
  await refresh.setSources(server.url('/api/projects/all.json'), server.url('/raw/missing.yml'))
  // The health sources have their own spec (health.spec.ts): here they stay off the network.
  await refresh.useHealthSources(false)
  await refresh.refreshNow()
  await expect(refresh.outcome).toContainText('Refreshed: 5 changes to projects.')
  await expect(refresh.outcome).toContainText('Logos: 1 stored, 1 refused as unsafe or not images')
  await expect(refresh.status).toHaveText(`Data from ${today}`)

  await shell.go("What's new")
  const entry = app.page.getByTestId('refresh-entry')
  await expect(entry).toHaveCount(1)
  await expect(entry.getByRole('region', { name: 'Added (1)' })).toContainText(newcomer)
  await expect(entry.getByRole('region', { name: 'Promoted (1)' })).toContainText('Headlamp')
  await expect(entry.getByRole('region', { name: 'Promoted (1)' })).toContainText('Sandbox → Incubating')
  await expect(entry.getByRole('region', { name: 'Archived (1)' })).toContainText(archivedOne.name)
  await expect(entry.getByRole('region', { name: 'Renamed (1)' })).toContainText(renamedTo)
  await expect(entry.getByRole('region', { name: 'Renamed (1)' })).toContainText(`formerly ${renamedOne.name}`)
  const removed = entry.getByRole('region', { name: 'Removed (1)' })
  await expect(removed).toContainText('SOPS')
  await expect(removed).toContainText('Your bookmark or note on it is kept.')
  // The safe logo is shown as <img src=blob:>; the newcomer's scripted SVG was refused: monogram.
  await expect(entry.getByRole('listitem').filter({ hasText: 'Headlamp' }).locator('img')).toHaveAttribute('src', /^blob:/)
  await expect(entry.getByRole('listitem').filter({ hasText: newcomer }).locator('img')).toHaveCount(0)

  await entry.getByRole('link', { name: 'Headlamp' }).click()
  await detail.expectProject('Headlamp')
  await expect(app.page.getByText('Incubating').first()).toBeVisible()
  await expect(detail.section('Repository figures')).toContainText('4,321')
  await expect(detail.section('Repository figures')).toContainText(`fetched ${today}`)
  await expect(app.page.getByRole('button', { name: 'Unstar Headlamp' }).first()).toBeVisible()

  // A newcomer has no summary of ours yet: its upstream description is shown, attributed.
  await app.goto('#/projects/lanternfish')
  await detail.expectProject(newcomer)
  await expect(app.page.getByText('Lanternfish lights up dark log streams.')).toBeVisible()
  await expect(app.page.getByTestId('upstream-attribution')).toContainText('The Sandscape team has not summarised this project yet.')

  // The note on the project that left is kept.
  await shell.go('Notes')
  await expect(app.page.getByTestId('note-snippet')).toContainText('age key rotation')

  // The table can show just what changed.
  await shell.go("What's new")
  await app.page.getByRole('button', { name: 'Show changed projects in the table' }).click()
  const table = new ProjectsPage(app)
  await table.expectShown(4, projects.length)
  await expect(app.page.getByRole('button', { name: 'Changed in the last refresh · 4' })).toHaveAttribute('aria-pressed', 'true')
  expect(new Set(await table.rowIds())).toEqual(new Set([headlamp.id, archivedOne.id, renamedOne.id, 'lanternfish']))

  // Figures bring their facets: the licence and the primary language filter the table.
  await table.openFacet('Language')
  expect(await table.facetValueCount('Language', 'TypeScript')).toBe(1)
  await table.closeFacet('Language')
  await table.filter('Licence', 'Apache-2.0')
  await table.expectShown(1, projects.length)
  expect(await table.rowIds()).toEqual([headlamp.id])

  // After a restart the refreshed data is still there: the bundle does not overwrite it.
  await app.restart()
  await expect(refresh.status).toHaveText(`Data from ${today}`)
  await shell.go("What's new")
  await expect(app.page.getByTestId('refresh-entry')).toHaveCount(1)
})

test('offline: the app keeps its data and says so in the top bar, with the reason one click away', async ({ app }) => {
  const closed = await startLandscapeServer()
  const [api, yaml] = [closed.url('/api/projects/all.json'), closed.url('/landscape.yml')]
  await closed.close()
  const refresh = new Refresh(app)
  const table = new ProjectsPage(app)
  await new Shell(app).go('Settings')
  await refresh.setSources(api, yaml)
  // The health sources have their own spec (health.spec.ts): here they stay off the network.
  await refresh.useHealthSources(false)
  await refresh.refreshNow()
  await expect(refresh.outcome).toContainText('No source could be reached')
  await expect(refresh.status).toHaveText(`Offline: data from ${bundledDate}`)

  await refresh.status.click()
  const dialog = app.page.getByRole('dialog', { name: 'Project data: status and refresh' })
  await expect(dialog).toContainText(`landscape API from ${new URL(api).host}: could not connect`)
  await expect(dialog).toContainText(`landscape.yml from ${new URL(yaml).host}: could not connect`)
  await app.page.keyboard.press('Escape')

  await new Shell(app).go('Projects')
  await table.expectShown(sandbox.length, projects.length)
})

test('automatic refresh at start, once the data is older than the days chosen', async ({ app }) => {
  const refresh = new Refresh(app)
  await new Shell(app).go('Settings')
  await refresh.setSources(server.url('/api/projects/all.json'), '')
  // The health sources have their own spec (health.spec.ts): here they stay off the network.
  await refresh.useHealthSources(false)
  await refresh.setLogos(false)
  await app.page.getByRole('checkbox', { name: 'Refresh when Sandscape starts and the data is older than' }).check()
  const days = app.page.getByRole('spinbutton', { name: 'Days' })
  await days.fill('30')
  await days.press('Enter')
  // The bundled snapshot is older than 30 days: the next start refreshes by itself.
  await expect(refresh.status).toHaveText(`Data from ${bundledDate}`)
  await app.restart()
  await expect(refresh.status).toHaveText(`Data from ${today}`, { timeout: 30_000 })
  // Just refreshed: the start after that leaves the data alone.
  await app.restart()
  await new Shell(app).go("What's new")
  await expect(app.page.getByTestId('refresh-entry')).toHaveCount(1)
})
