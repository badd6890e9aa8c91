import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, test } from './fixtures'
import { byName } from './dataset'
import { ProjectEvaluation } from './pages/evaluation'
import { RadarPage } from './pages/radar-page'

const [headlamp, kcl] = ['Headlamp', 'KCL'].map(byName)

// A radar another team keeps in Backstage, written by hand in the shape its loader accepts.
const backstageRadar = {
  quadrants: [{ id: 'infrastructure', name: 'Infrastructure' }, { id: 'tools', name: 'Tools' }],
  rings: [
    { id: 'adopt', name: 'ADOPT', color: '#5BA300' },
    { id: 'trial', name: 'TRIAL', color: '#009EB0' },
    { id: 'retire', name: 'RETIRE', color: '#888888' },
  ],
  entries: [
    {
      key: 'headlamp', id: 'headlamp', title: 'Headlamp', quadrant: 'tools',
      timeline: [
        { ringId: 'adopt', date: '2026-06-01T00:00:00.000Z', description: 'Standard cluster UI', moved: 1 },
        { ringId: 'trial', date: '2026-02-01T00:00:00.000Z', description: 'Pilot' },
      ],
    },
    { key: 'config-language', id: 'config-language', title: 'Our config language', quadrant: 'tools', url: 'https://github.com/kcl-lang/kcl/', timeline: [{ ringId: 'trial', date: '2026-05-05' }] },
    { key: 'kotlin', id: 'kotlin', title: 'Kotlin', quadrant: 'tools', timeline: [{ ringId: 'adopt', date: '2026-01-01' }] },
    { key: 'old', id: 'old', title: 'Skooner', quadrant: 'tools', timeline: [{ ringId: 'retire', date: '2026-01-01' }] },
  ],
}

test('importing a Backstage radar maps entries by name and URL, reports the rest, and changes nothing until confirmed', async ({ app }) => {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'sandscape-radar-')), 'team-radar.json')
  writeFileSync(file, JSON.stringify(backstageRadar, null, 2))
  const radar = new RadarPage(app)
  await radar.open()
  await expect(app.page.getByText('No blips yet')).toBeVisible()

  const importButton = app.page.getByRole('button', { name: 'Import Backstage radar…' })
  await app.provideFile(file, () => importButton.click())
  const dialog = app.page.getByRole('dialog', { name: 'Import team-radar.json' })
  const matched = dialog.getByRole('table', { name: 'Entries matched to projects' })
  await expect(matched.getByRole('row')).toHaveCount(3)
  await expect(matched).toContainText('Our config language')
  await expect(matched).toContainText('KCL')
  await expect(dialog.getByRole('list', { name: '2 entries not imported' })).toContainText('Kotlin — no project has this name or address')
  await expect(dialog.getByRole('list', { name: '2 entries not imported' })).toContainText('Skooner — none of its rings is one of your statuses')
  await expect(dialog).toContainText('Rings with no matching status, left out: retire')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  expect(await radar.blips()).toEqual([])

  await app.provideFile(file, () => importButton.click())
  await dialog.getByRole('button', { name: 'Add 3 changes' }).click()
  await expect(app.page.getByText('3 status changes imported')).toBeVisible()
  await expect.poll(async () => Object.fromEntries((await radar.blips()).map((b) => [b.projectId, b.ring]))).toEqual({ [headlamp.id]: 'adopt', [kcl.id]: 'trial' })

  await app.goto(`#/projects/${headlamp.id}`)
  expect(await new ProjectEvaluation(app).history()).toEqual([
    expect.stringMatching(/Adopt \(imported\) Standard cluster UI$/),
    expect.stringMatching(/Trial \(imported\) Pilot$/),
  ])
})

test('the radar exports as Zalando tech-radar JSON, SVG and PNG, marking what moved since the chosen day', async ({ app }) => {
  const evaluation = new ProjectEvaluation(app)
  await app.goto(`#/projects/${headlamp.id}`)
  await evaluation.setStatus('Trial', 'Pilot')
  await evaluation.setStatus('Adopt', 'Works for us')
  await app.goto(`#/projects/${kcl.id}`)
  await evaluation.setStatus('Hold')

  const radar = new RadarPage(app)
  await radar.open()
  await app.page.getByLabel('Moved since').fill('2020-01-01')
  await expect.poll(async () => (await radar.blips()).map((b) => [b.projectId, b.moved])).toEqual([[kcl.id, '2'], [headlamp.id, '2']])
  await expect(radar.legend.getByRole('listitem').filter({ hasText: 'Headlamp' })).toContainText('(new)')

  const zalando = JSON.parse((await radar.export('Zalando tech-radar')).content)
  expect(zalando.quadrants).toHaveLength(4)
  expect(zalando.rings.map((r: { name: string }) => r.name)).toEqual(['Adopt', 'Trial', 'Assess', 'Hold'])
  expect(zalando.entries).toContainEqual({ label: 'Headlamp', quadrant: 3, ring: 0, moved: 2, link: headlamp.links.homepage, active: true })
  expect(zalando.entries).toContainEqual(expect.objectContaining({ label: 'KCL', ring: 3, moved: 2 }))

  const svg = await radar.export('Picture (SVG)')
  expect(svg.name).toMatch(/\.svg$/)
  expect(svg.content).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/)
  expect(svg.content).toContain(`href="${headlamp.links.homepage}"`)
  expect(svg.content).not.toContain('#/projects/')

  const png = await radar.export('Picture (PNG)')
  expect(png.name).toMatch(/\.png$/)
  expect(png.content.slice(1, 4)).toBe('PNG')
})
