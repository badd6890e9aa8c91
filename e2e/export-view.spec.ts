import { expect, test } from './fixtures'
import { dataset, inCategory, projects, sandbox } from './dataset'
import { ProjectsPage } from './pages/projects-page'

// A category with a few Sandbox projects: every exported row is on screen at once.
const category = (() => {
  const categories = [...new Set(sandbox.map((p) => p.category))].sort()
  const found = categories.find((c) => { const n = sandbox.filter(inCategory(c)).length; return n >= 3 && n <= 10 })
  if (!found) throw new Error('resources/dataset.json has no category with 3–10 Sandbox projects')
  return found
})()

/** An RFC 4180 reader: records of fields, quotes and CRLF as the export writes them. */
function readCsv(text: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++ } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') { record.push(field); field = '' } else if (c === '\r' && text[i + 1] === '\n') { record.push(field); records.push(record); record = []; field = ''; i++ } else field += c
  }
  return records
}

test('the exported CSV has the rows and columns on screen, in the UI language, with the attribution', async ({ app }) => {
  const table = new ProjectsPage(app)
  await table.filter('Category', category)
  await table.setColumnVisible('Days in the CNCF', true)
  await table.hideColumn('Summary')
  await table.sortBy('Days in stage')
  const expected = sandbox.filter(inCategory(category))
  await table.expectCount(expected.length, projects.length)

  const shownHeaders = (await table.headers()).filter((h) => h !== 'Compare')
  const shownNames = await table.rowNames()
  const shownDays = await table.columnTexts('Days in stage')
  const csv = await table.exportView('CSV')
  expect(csv.name).toMatch(/\.csv$/)
  const records = readCsv(csv.content.replace(/^\uFEFF/, ''))
  const blank = records.findIndex((r) => r.length === 1 && r[0] === '')

  expect(records[0]).toEqual(shownHeaders)
  const rows = records.slice(1, blank)
  expect(rows.map((r) => r[records[0].indexOf('Name')])).toEqual(shownNames)
  // Numbers are written plain (1360), as a spreadsheet reads them; the screen groups digits (1,360).
  const digits = (text: string) => text.replace(/\D/g, '')
  expect(rows.map((r) => r[records[0].indexOf('Days in stage')])).toEqual(shownDays.map(digits))
  expect(records[0]).not.toContain('Summary')
  expect(records[blank + 1][0]).toBe(dataset.source.license.attribution)

  const json = JSON.parse((await table.exportView('JSON')).content)
  expect(json.meta.attribution).toBe(dataset.source.license.attribution)
  expect(json.rows.map((r: { name: string }) => r.name)).toEqual(shownNames)

  const markdown = (await table.exportView('Markdown')).content
  expect(markdown).toContain(`| ${shownHeaders.join(' | ')} |`)
  expect(markdown).toContain(dataset.source.license.attribution)
})
