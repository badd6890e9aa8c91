import { expect, test } from './fixtures'
import { byId, dataset, projects, searchResults } from './dataset'
import { ProjectDetailPage } from './pages/project-detail-page'
import { ProjectsPage } from './pages/projects-page'
import { SettingsPage } from './pages/settings-page'
import { Shell } from './pages/shell'
import { sandboxEntryYear } from '../src/shared/dataset/intake'

const snapshotFile = `https://github.com/cncf/landscape/blob/${dataset.source.revision}/landscape.yml`
const accepted2023 = projects.filter((p) => sandboxEntryYear(p) === '2023')
const reviewed2023 = projects.filter((p) => p.articleSection)

test('every highlight and the summary open their source; the 2023 article is named with its section', async ({ app }) => {
  const detail = new ProjectDetailPage(app)
  const kepler = byId('kepler')
  await app.goto('#/projects/kepler')
  await detail.expectProject('Kepler')

  await test.step('Kepler was accepted in 2023 and reviewed in the article', async () => {
    await expect(detail.marker('Accepted into the Sandbox in 2023')).toBeVisible()
    await expect(detail.marker('Reviewed in the 2023 article')).toBeVisible()
    await expect(detail.section('Highlights')).toContainText('As the 2023 review article described the project')
  })

  await test.step('the summary opens the landscape snapshot it rests on', async () => {
    const dialog = await detail.openSource('Source of the summary')
    await expect(dialog.getByRole('link', { name: /^CNCF Landscape snapshot of Aug 7, 2026/ })).toHaveAttribute('href', snapshotFile)
    await detail.closeSource()
  })

  await test.step('each highlight opens its section of the article', async () => {
    for (let i = 1; i <= kepler.highlights.length; i++) {
      const dialog = await detail.openSource(`Source of highlight ${i}`)
      await expect(dialog).toContainText('The 2023 review article, section “Kepler”')
      await detail.closeSource()
    }
  })
})

test('KubeStellar is accepted in 2023 but not reviewed in the article; its highlights cite its repository', async ({ app }) => {
  const detail = new ProjectDetailPage(app)
  const kubestellar = byId('kubestellar')
  await app.goto('#/projects/kubestellar')
  await detail.expectProject('KubeStellar')
  await expect(detail.marker('Accepted into the Sandbox in 2023')).toBeVisible()
  await expect(detail.marker('Reviewed in the 2023 article')).toHaveCount(0)
  for (let i = 1; i <= kubestellar.highlights.length; i++) {
    const dialog = await detail.openSource(`Source of highlight ${i}`)
    await expect(dialog.getByRole('link')).toHaveAttribute('href', 'https://github.com/kubestellar/kubestellar')
    await detail.closeSource()
  }
})

test('the Sandbox 2023 filter tells projects accepted that year from those the article reviewed', async ({ app }) => {
  const table = new ProjectsPage(app)
  await table.clearFilters()
  await table.openFacet('Sandbox 2023')
  expect(await table.facetValueCount('Sandbox 2023', 'Accepted into the Sandbox in 2023')).toBe(accepted2023.length)
  expect(await table.facetValueCount('Sandbox 2023', 'Reviewed in the 2023 article')).toBe(reviewed2023.length)
  await table.toggleFacetValue('Sandbox 2023', 'Reviewed in the 2023 article')
  await table.closeFacet('Sandbox 2023')
  await table.expectCount(reviewed2023.length, projects.length)
  expect(accepted2023.length - reviewed2023.length).toBe(1)
})

test('in Russian, categories and maturity read in Russian and search finds both forms', async ({ app }) => {
  const settings = new SettingsPage(app)
  const table = new ProjectsPage(app)
  const observability = projects.filter((p) => [p, ...p.extraPlacements].some((x) => x.category === 'Observability and Analysis'))
  await settings.open()
  await settings.setLanguage('ru')
  await new Shell(app).go('Проекты')
  await app.page.getByRole('button', { name: 'Сбросить фильтры' }).click()

  // Both names of the category find all its projects (and the few whose texts use the same
  // words in some form: the app's own search says how many).
  const search = app.page.getByRole('searchbox', { name: 'Поиск проектов' })
  for (const query of ['наблюдаемость и анализ', 'Observability and Analysis']) {
    const found = searchResults(projects, query)
    expect(found).toEqual(expect.arrayContaining(observability))
    await search.fill(query)
    await table.expectShown(found.length, projects.length)
  }
  await search.fill('экспортёрами')
  const row = app.page.getByRole('table', { name: 'Проекты CNCF' }).locator('tbody tr[data-row-id="prometheus"]')
  await expect(row).toContainText('Выпускник')
  await expect(row).toContainText('Наблюдаемость и анализ')

  await app.goto('#/projects/kubestellar')
  await expect(app.page.getByRole('main').getByText('Принят в Sandbox в 2023 году', { exact: true })).toBeVisible()
  await expect(app.page.getByRole('main').getByText('Разобран в обзорной статье 2023 года', { exact: true })).toHaveCount(0)
  await expect(app.page.getByRole('region', { name: 'Факты' }).getByText('Оркестрация и управление › Планирование и оркестрация')).toBeVisible()
})
