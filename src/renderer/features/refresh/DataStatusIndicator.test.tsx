// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { act, cleanup, render, screen } from '@testing-library/react'
import '../../i18n'
import i18n from '../../i18n'
import { appDb } from '../../db/database'
import { syncDataset } from '../../db/dataset-cache'
import { makeDataset, makeProject } from '../../../shared/testing/fixtures'
import { useRefreshStore, type RefreshStatus } from '../../store/refresh-store'
import { useDataStatus } from '../../store/data-status-store'
import { DataStatusIndicator } from './DataStatusIndicator'

beforeAll(async () => {
  await i18n.changeLanguage('en')
  await syncDataset(appDb(), makeDataset([makeProject({ id: 'quarry' })], '2026-08-12'))
  useDataStatus.getState().setStatus({ state: 'ready', outcome: 'unchanged' })
})
afterEach(() => {
  cleanup()
  useRefreshStore.getState().setStatus({ phase: 'idle' })
})

const at = '2026-09-01T10:00:00.000Z'
async function labelFor(status: RefreshStatus): Promise<string> {
  useRefreshStore.getState().setStatus(status)
  render(<DataStatusIndicator />)
  const button = await screen.findByTestId('data-status')
  return button.textContent ?? ''
}

describe('DataStatusIndicator', () => {
  it('shows the date of the data', async () => {
    expect(await labelFor({ phase: 'idle' })).toBe('Data from Aug 12, 2026')
  })

  it('shows refresh progress when the size is known', async () => {
    expect(await labelFor({ phase: 'running', automatic: false, progress: { stage: 'download', format: 'api', url: 'https://x.example/all.json', receivedBytes: 512, totalBytes: 1024 } })).toBe('Refreshing… 50%')
    cleanup()
    expect(await labelFor({ phase: 'running', automatic: false })).toBe('Refreshing…')
  })

  it('says plainly that it is offline, keeping the data it has', async () => {
    const failure = { kind: 'offline' as const, attempts: [{ format: 'api' as const, url: 'https://landscape.cncf.io/api/projects/all.json', error: { kind: 'offline' as const, message: 'Could not connect' } }] }
    expect(await labelFor({ phase: 'failed', failure, at })).toBe('Offline: data from Aug 12, 2026')
  })

  it('tells other failures from being offline, and does not warn about a cancel', async () => {
    expect(await labelFor({ phase: 'failed', failure: { kind: 'http', attempts: [] }, at })).toBe('Refresh failed: data from Aug 12, 2026')
    cleanup()
    expect(await labelFor({ phase: 'failed', failure: { kind: 'cancelled', attempts: [] }, at })).toBe('Data from Aug 12, 2026')
  })

  it('opens the details with the reason and Refresh now', async () => {
    const failure = { kind: 'offline' as const, attempts: [{ format: 'yaml' as const, url: 'https://mirror.example.net/landscape.yml', error: { kind: 'offline' as const, message: 'Could not connect' } }] }
    await labelFor({ phase: 'failed', failure, at })
    await act(async () => { screen.getByTestId('data-status').click() })
    const dialog = await screen.findByRole('dialog', { name: 'Project data: status and refresh' })
    expect(dialog.textContent).toContain('landscape.yml from mirror.example.net: could not connect')
    expect(screen.getByRole('button', { name: 'Refresh now' })).toBeTruthy()
  })
})
