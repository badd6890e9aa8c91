import { describe, expect, it } from 'vitest'
import { BACKUP_KINDS, BACKUP_VERSION, createBackup, parseBackup, serializeBackup, type BackupData } from './format'
import { HANG_BUDGET_MS, timed } from '../testing/budget'
import { planImport } from './plan'
import { EMPTY_EVALUATION_DATA } from '../evaluation/backup-merge'

const at = (day: number) => `2026-10-${String(day).padStart(2, '0')}T10:00:00.000Z`
const device: BackupData = {
  bookmarks: [{ projectId: 'headlamp', createdAt: at(1), lists: ['l-try'] }],
  lists: [{ id: 'l-try', name: 'To try', createdAt: at(1) }],
  notes: [
    { projectId: 'headlamp', markdown: 'Try instead of Lens.', createdAt: at(1), updatedAt: at(5) },
    { projectId: 'sops', markdown: 'age keys', createdAt: at(2), updatedAt: at(2) },
  ],
  userTags: [{ projectId: 'headlamp', tag: 'ui', createdAt: at(1) }],
  comparisons: [{ id: 'c1', name: 'UIs', projectIds: ['headlamp', 'skooner'], createdAt: at(1), updatedAt: at(1) }],
  ...EMPTY_EVALUATION_DATA,
  savedViews: [
    { id: 'v1', name: 'New in 2023', query: 'maturity=sandbox&accepted=2023&sort=-accepted', columns: ['name', 'accepted'], isDefault: true, createdAt: at(1), updatedAt: at(2) },
    { id: 'v2', name: 'Cards', query: 'sort=name&layout=cards', columns: ['name'], isDefault: false, createdAt: at(1), updatedAt: at(1) },
  ],
}
const other: BackupData = {
  bookmarks: [{ projectId: 'envoy', createdAt: at(3), lists: ['x-try', 'x-prod'] }, { projectId: 'headlamp', createdAt: at(4), lists: ['x-prod'] }],
  lists: [{ id: 'x-try', name: 'to try', createdAt: at(3) }, { id: 'x-prod', name: 'In production', createdAt: at(3) }],
  notes: [
    { projectId: 'headlamp', markdown: 'Older text from the laptop.', createdAt: at(1), updatedAt: at(3) },
    { projectId: 'sops', markdown: 'Newer: use age and KMS.', createdAt: at(2), updatedAt: at(9) },
    { projectId: 'envoy', markdown: 'Edge proxy.', createdAt: at(3), updatedAt: at(3) },
  ],
  userTags: [{ projectId: 'headlamp', tag: 'ui', createdAt: at(2) }, { projectId: 'envoy', tag: 'proxy', createdAt: at(3) }],
  comparisons: [{ id: 'c2', name: 'Proxies', projectIds: ['envoy', 'contour'], createdAt: at(3), updatedAt: at(3) }],
  ...EMPTY_EVALUATION_DATA,
  savedViews: [
    { id: 'v2', name: 'Cards by year', query: 'sort=name&layout=cards&group=year', columns: ['name'], isDefault: true, createdAt: at(1), updatedAt: at(4) },
    { id: 'v3', name: 'Archived', query: 'maturity=archived&sort=-archived', columns: ['name'], isDefault: false, createdAt: at(3), updatedAt: at(3) },
  ],
}

describe('backup format', () => {
  it('round-trips everything', () => {
    const backup = createBackup(device, { language: 'ru', theme: 'dark', comparePicks: ['headlamp'], projectsTable: { filters: { query: 'x' } } }, new Date(at(7)))
    const parsed = parseBackup(serializeBackup(backup))
    expect(parsed).toEqual({ ok: true, backup, ignoredSettings: [] })
  })

  it('carries the figure history only when asked, and reads it back', () => {
    expect(createBackup(device, {}).history).toBeUndefined()
    const history = { snapshots: [{ at: at(6), ids: ['headlamp', 'sops'], values: { stars: [4321, null], clomonitor: [72, 55] } }] }
    const backup = createBackup(device, {}, new Date(at(7)), history)
    expect(parseBackup(serializeBackup(backup))).toEqual({ ok: true, backup, ignoredSettings: [] })
  })

  it.each([
    ['truncated JSON', '{"format":"sandscape-backup",', 'not-json', 'not valid JSON'],
    ['a history column that does not match its projects', JSON.stringify(createBackup(device, {}, new Date(at(7)), { snapshots: [{ at: at(6), ids: ['a', 'b'], values: { stars: [1] } }] })), 'invalid', 'damaged'],
    ['a history value that is not a count', JSON.stringify(createBackup(device, {}, new Date(at(7)), { snapshots: [{ at: at(6), ids: ['a'], values: { stars: [-5] } }] })), 'invalid', 'damaged'],
    ['another app\'s JSON', '{"bookmarks":[]}', 'foreign', 'not a Sandscape backup'],
    ['a JSON array', '[1,2,3]', 'foreign', 'not a Sandscape backup'],
    ['a newer version', JSON.stringify({ format: 'sandscape-backup', version: BACKUP_VERSION + 1 }), 'newer', 'newer Sandscape'],
    ['a damaged backup', JSON.stringify({ ...createBackup(device, {}), data: { ...device, notes: [{ projectId: 'x' }] } }), 'invalid', 'damaged'],
    ['more notes than the app can hold', JSON.stringify(createBackup({ ...device, notes: Array.from({ length: 5_001 }, (_, i) => ({ ...device.notes[0], projectId: `p${i}` })) }, {})), 'invalid', 'damaged'],
  ])('rejects %s with a clear message', (_name, text, kind, message) => {
    const result = parseBackup(text)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.kind).toBe(kind)
      expect(result.message).toContain(message)
    }
  })
})

describe('backup versions', () => {
  it('imports a version 1 backup, which had no saved views', () => {
    const { bookmarks, lists, notes, userTags, comparisons } = device
    const v1Data = { bookmarks, lists, notes, userTags, comparisons }
    const parsed = parseBackup(JSON.stringify({ format: 'sandscape-backup', version: 1, exportedAt: at(1), data: v1Data, settings: {} }))
    expect(parsed.ok && parsed.backup.data.savedViews).toEqual([])
    expect(parsed.ok && parsed.backup.data.notes).toEqual(device.notes)
  })

  it('refuses a saved view beyond its bounds', () => {
    const long = { ...device.savedViews[0], query: 'q='.padEnd(5000, 'x') }
    expect(parseBackup(JSON.stringify(createBackup({ ...device, savedViews: [long] }, {}))).ok).toBe(false)
  })
})

describe('planImport', () => {
  it('merges saved views by id, newer edits winning, and keeps one default: the device\'s', () => {
    const plan = planImport(device, other, 'merge')
    expect(plan.result.savedViews.map((v) => [v.id, v.name, v.isDefault])).toEqual([['v1', 'New in 2023', true], ['v2', 'Cards by year', false], ['v3', 'Archived', false]])
    expect(plan.kinds.savedViews).toEqual({ add: 1, change: 1, unchanged: 1, remove: 0 })
  })

  it('replace takes the backup\'s saved views, with one default even if the file marks two', () => {
    const twoDefaults = { ...other, savedViews: other.savedViews.map((v) => ({ ...v, isDefault: true })) }
    const plan = planImport(device, twoDefaults, 'replace')
    expect(plan.result.savedViews.map((v) => [v.id, v.isDefault])).toEqual([['v2', true], ['v3', false]])
    expect(plan.kinds.savedViews.remove).toBe(1)
  })

  it('merge keeps everything on the device and adds the backup, joining lists by name', () => {
    const plan = planImport(device, other, 'merge')
    expect(plan.result.lists.map((l) => l.name).sort()).toEqual(['In production', 'To try'])
    expect(plan.result.bookmarks.find((b) => b.projectId === 'envoy')?.lists.sort()).toEqual(['l-try', 'x-prod'])
    expect(plan.result.bookmarks.find((b) => b.projectId === 'headlamp')).toEqual({ projectId: 'headlamp', createdAt: at(1), lists: ['l-try', 'x-prod'] })
    expect(plan.result.userTags).toHaveLength(2)
    expect(plan.result.comparisons.map((c) => c.id)).toEqual(['c1', 'c2'])
    expect(plan.kinds.notes).toEqual({ add: 1, change: 1, unchanged: 1, remove: 0 })
    expect(plan.kinds.lists).toEqual({ add: 1, change: 0, unchanged: 1, remove: 0 })
  })

  it('merge keeps the newer note on conflicts and reports which', () => {
    const plan = planImport(device, other, 'merge')
    expect(plan.noteConflicts).toEqual([{ projectId: 'headlamp', kept: 'device' }, { projectId: 'sops', kept: 'backup' }])
    expect(plan.result.notes.find((n) => n.projectId === 'headlamp')?.markdown).toBe('Try instead of Lens.')
    expect(plan.result.notes.find((n) => n.projectId === 'sops')?.markdown).toBe('Newer: use age and KMS.')
  })

  it('merge never loses a device item', () => {
    const plan = planImport(device, other, 'merge')
    for (const kind of BACKUP_KINDS) expect(plan.kinds[kind].remove).toBe(0)
  })

  it('replace makes the tables equal the backup and counts what goes', () => {
    const plan = planImport(device, other, 'replace')
    expect(plan.result).toEqual(other)
    expect(plan.kinds.comparisons).toEqual({ add: 1, change: 0, unchanged: 0, remove: 1 })
    expect(plan.kinds.lists.remove).toBe(1)
  })

  it('importing a backup of the device itself changes nothing', () => {
    const plan = planImport(device, device, 'merge')
    expect(plan.result).toEqual(device)
    for (const kind of Object.values(plan.kinds)) expect(kind.add + kind.change + kind.remove).toBe(0)
  })
})

describe('backup settings, field by field (issue 8)', () => {
  const withSettings = (settings: unknown) => JSON.stringify({ ...createBackup(device, {}), settings })
  // Written as text: JSON.stringify itself overflows on such a value.
  const deepJson = (depth: number) => `${'{"a":'.repeat(depth)}true${'}'.repeat(depth)}`

  it('keeps a table filter whose query is a number out of the settings, and imports the data', () => {
    // Accepted before, then thrown during render on every start: a blank window.
    const result = parseBackup(withSettings({ theme: 'dark', projectsTable: { filters: { query: 42, tags: null, starred: true } } }))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.backup.data).toEqual(device)
    expect(result.backup.settings).toEqual({ theme: 'dark', projectsTable: { filters: { starred: true } } })
    expect(result.ignoredSettings).toEqual(['projectsTable.filters.query', 'projectsTable.filters.tags'])
  })

  it('ignores settings nested thousands deep instead of storing them', () => {
    const file = withSettings({ language: 'ru', projectsTable: { columnVisibility: 'DEEP', sorting: [{ id: 'name', desc: 'DEEP' }] } }).replaceAll('"DEEP"', deepJson(5_000))
    const result = parseBackup(file)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.backup.settings).toEqual({ language: 'ru', projectsTable: {} })
    expect(result.ignoredSettings).toEqual(['projectsTable.sorting', 'projectsTable.columnVisibility'])
    expect(() => JSON.stringify(result.backup.settings)).not.toThrow()
  })

  it('ignores unknown or invalid preferences one by one', () => {
    const result = parseBackup(withSettings({ theme: 'neon', language: 'en', comparePicks: 'alpha', zoom: 3 }))
    expect(result.ok && result.backup.settings).toEqual({ language: 'en' })
    expect(result.ok && result.ignoredSettings).toEqual(['theme', 'comparePicks', 'zoom'])
  })
})

describe('backup files as other tools save them (issue 8)', () => {
  it('accepts a backup saved with a UTF-8 byte-order mark', () => {
    const backup = createBackup(device, { theme: 'dark' }, new Date(at(7)))
    expect(parseBackup(`\uFEFF${serializeBackup(backup)}`)).toMatchObject({ ok: true, backup })
  })
})

describe('planImport at scale (issue 8)', () => {
  // Merging was O(n^2): 100k bookmarks froze the UI for 13 s.
  it('plans a merge of 100,000 bookmarks within the budget', () => {
    const big = (prefix: string): BackupData => ({
      bookmarks: Array.from({ length: 100_000 }, (_, i) => ({ projectId: `${prefix}${i}`, createdAt: at(1), lists: ['l'] })),
      lists: Array.from({ length: 1_000 }, (_, i) => ({ id: `${prefix}l${i}`, name: `List ${i}`, createdAt: at(1) })),
      notes: Array.from({ length: 10_000 }, (_, i) => ({ projectId: `${prefix}${i}`, markdown: `note ${i}`, createdAt: at(1), updatedAt: at(prefix === 'a' ? 2 : 3) })),
      userTags: Array.from({ length: 10_000 }, (_, i) => ({ projectId: `${prefix}${i}`, tag: 't', createdAt: at(1) })),
      comparisons: Array.from({ length: 1_000 }, (_, i) => ({ id: `c${i}`, name: `C ${i}`, projectIds: [], createdAt: at(1), updatedAt: at(1) })),
      savedViews: [],
      ...EMPTY_EVALUATION_DATA,
    })
    const mine = big('a')
    const theirs = { ...big('b'), notes: big('a').notes.map((n) => ({ ...n, markdown: `${n.markdown} edited`, updatedAt: at(3) })) }
    const { value: plan, ms } = timed(() => planImport(mine, theirs, 'merge'))
    expect(plan.result.bookmarks).toHaveLength(200_000)
    expect(plan.noteConflicts).toHaveLength(10_000)
    expect(ms).toBeLessThan(HANG_BUDGET_MS)
  })
})
