import { describe, expect, it } from 'vitest'
import { BACKUP_VERSION, createBackup, parseBackup, serializeBackup, type BackupData } from './format'
import { planImport } from './plan'

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
}

describe('backup format', () => {
  it('round-trips everything', () => {
    const backup = createBackup(device, { language: 'ru', theme: 'dark', comparePicks: ['headlamp'], projectsTable: { filters: { query: 'x' } } }, new Date(at(7)))
    const parsed = parseBackup(serializeBackup(backup))
    expect(parsed).toEqual({ ok: true, backup })
  })

  it('carries the figure history only when asked, and reads it back', () => {
    expect(createBackup(device, {}).history).toBeUndefined()
    const history = { snapshots: [{ at: at(6), ids: ['headlamp', 'sops'], values: { stars: [4321, null], clomonitor: [72, 55] } }] }
    const backup = createBackup(device, {}, new Date(at(7)), history)
    expect(parseBackup(serializeBackup(backup))).toEqual({ ok: true, backup })
  })

  it('still imports a backup of format 1', () => {
    const old = { ...createBackup(device, { theme: 'light' }), version: 1 }
    expect(parseBackup(JSON.stringify(old))).toMatchObject({ ok: true, backup: { version: 1, data: device } })
  })

  it.each([
    ['truncated JSON', '{"format":"sandscape-backup",', 'not-json', 'not valid JSON'],
    ['a history column that does not match its projects', JSON.stringify(createBackup(device, {}, new Date(at(7)), { snapshots: [{ at: at(6), ids: ['a', 'b'], values: { stars: [1] } }] })), 'invalid', 'damaged'],
    ['a history value that is not a count', JSON.stringify(createBackup(device, {}, new Date(at(7)), { snapshots: [{ at: at(6), ids: ['a'], values: { stars: [-5] } }] })), 'invalid', 'damaged'],
    ['another app\'s JSON', '{"bookmarks":[]}', 'foreign', 'not a Sandscape backup'],
    ['a JSON array', '[1,2,3]', 'foreign', 'not a Sandscape backup'],
    ['a newer version', JSON.stringify({ format: 'sandscape-backup', version: BACKUP_VERSION + 1 }), 'newer', 'newer Sandscape'],
    ['a damaged backup', JSON.stringify({ ...createBackup(device, {}), data: { ...device, notes: [{ projectId: 'x' }] } }), 'invalid', 'damaged'],
    ['an unknown setting value', JSON.stringify(createBackup(device, { theme: 'neon' as never })), 'invalid', 'damaged'],
  ])('rejects %s with a clear message', (_name, text, kind, message) => {
    const result = parseBackup(text)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.kind).toBe(kind)
      expect(result.message).toContain(message)
    }
  })
})

describe('planImport', () => {
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
    for (const kind of ['bookmarks', 'lists', 'notes', 'userTags', 'comparisons'] as const) expect(plan.kinds[kind].remove).toBe(0)
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
