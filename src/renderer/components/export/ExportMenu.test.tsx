// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { act, cleanup, render, screen } from '@testing-library/react'
import i18n from '../../i18n'
import { appDb } from '../../db/database'
import { syncDataset } from '../../db/dataset-cache'
import { makeDataset, makeProject } from '../../../shared/testing/fixtures'
import { readCsvExport, readMarkdownExport } from '../../../shared/testing/export'
import type { ExportTable } from '../../../shared/export/model'
import { TABLE_FORMATS } from '../../../shared/export/render'
import { useSettingsStore } from '../../store/settings-store'
import { ExportMenu } from './ExportMenu'
import { useExport } from './useExport'
import packageJson from '../../../../package.json'

const saveTextFile = vi.fn(async (_request: { suggestedName: string; content: string }) => ({ saved: true }))

const table: ExportTable = {
  title: 'Two UIs',
  columns: [{ id: 'attr', header: 'Attribute' }, { id: 'headlamp', header: 'Headlamp', multiple: true }],
  rows: [{ attr: 'Highlights', headlamp: ['Create, update and delete actions can be undone', 'Runs in a cluster'] }],
}

function Harness() {
  const exporter = useExport()
  return <ExportMenu formats={TABLE_FORMATS} disabled={!exporter.ready} onExport={(format) => void exporter.save({ kind: 'table', format, table })} />
}

async function exportAs(name: string): Promise<string> {
  saveTextFile.mockClear()
  await act(async () => { screen.getByRole('button', { name: 'Export' }).click() })
  await act(async () => { screen.getByRole('menuitem', { name: name }).click() })
  await vi.waitFor(() => expect(saveTextFile).toHaveBeenCalledOnce())
  return saveTextFile.mock.calls[0][0].content
}

beforeAll(async () => {
  ;(window as unknown as { sandscape: unknown }).sandscape = { saveTextFile }
  await i18n.changeLanguage('en')
  await syncDataset(appDb(), makeDataset([makeProject({ id: 'headlamp' })], '2026-08-12'))
})
afterEach(() => {
  cleanup()
  useSettingsStore.getState().setExportDataOnly(false)
})

describe('ExportMenu with useExport', () => {
  it('saves each format inside the envelope: attribution, source date, export time, the app version from package.json', async () => {
    render(<Harness />)
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Export' }).hasAttribute('disabled')).toBe(false))

    const markdown = readMarkdownExport(await exportAs('Markdown (.md)'))
    expect(markdown.rows[0][1]).toEqual(['Create, update and delete actions can be undone', 'Runs in a cluster'])
    expect(markdown.footer[0]).toEqual({ text: 'Project data: CNCF Landscape (landscape.cncf.io), CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' })
    expect(markdown.footer[1]).toMatchObject({ text: 'Source: CNCF Landscape, revision fixture, Aug 12, 2026' })
    expect(markdown.footer[2]).toMatch(new RegExp(`^Exported .+ with Sandscape ${packageJson.version.replace(/\./g, '\\.')}$`))
    expect(saveTextFile.mock.calls[0][0].suggestedName).toBe('Two-UIs.md')

    const csv = readCsvExport(await exportAs('CSV (.csv)'))
    expect(csv.table[1][1].split('\n')).toEqual(['Create, update and delete actions can be undone', 'Runs in a cluster'])
    expect(csv.footer).toHaveLength(3)

    const json = JSON.parse(await exportAs('JSON (.json)'))
    expect(json.meta).toMatchObject({ source: { revision: 'fixture', date: '2026-08-12' }, app: { name: 'Sandscape', version: packageJson.version } })
    expect(Date.parse(json.meta.exportedAt)).not.toBeNaN()
  })

  it('remembers "data only", which leaves the CSV with the table alone', async () => {
    render(<Harness />)
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Export' }).hasAttribute('disabled')).toBe(false))
    await act(async () => { screen.getByRole('button', { name: 'Export' }).click() })
    const checkbox = screen.getByRole('menuitemcheckbox', { name: /CSV: data only/ })
    expect(checkbox.getAttribute('aria-checked')).toBe('false')
    await act(async () => { checkbox.click() })
    // The menu stays open and says the new state; the choice is in the persisted settings.
    expect(screen.getByRole('menuitemcheckbox', { name: /CSV: data only/ }).getAttribute('aria-checked')).toBe('true')
    expect(JSON.parse(localStorage.getItem('sandscape.settings') ?? '{}').state.exportDataOnly).toBe(true)
    await act(async () => { screen.getByRole('menuitem', { name: 'CSV (.csv)' }).click() })
    await vi.waitFor(() => expect(saveTextFile).toHaveBeenCalled())
    const content = saveTextFile.mock.calls.at(-1)![0].content
    expect(readCsvExport(content)).toEqual({ table: [['Attribute', 'Headlamp'], ['Highlights', 'Create, update and delete actions can be undone\nRuns in a cluster']], footer: [] })
  })
})
