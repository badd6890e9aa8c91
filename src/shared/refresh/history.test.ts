import { describe, expect, it } from 'vitest'
import type { DatasetChange } from '../dataset/diff'
import { groupChanges, groupRefreshHistory } from './history'

const added: DatasetChange = { kind: 'added', projectId: 'a', name: 'A', maturity: 'sandbox', category: 'C', subcategory: 'S' }
const removed: DatasetChange = { kind: 'removed', projectId: 'r', name: 'R', maturity: 'sandbox' }
const promoted: DatasetChange = { kind: 'promoted', projectId: 'p', name: 'P', from: 'sandbox', to: 'incubating' }
const r = (id: string, changes: DatasetChange[] = []) => ({ id, changes })

describe('groupRefreshHistory', () => {
  it('folds runs of quiet refreshes, but never the newest one', () => {
    const entries = groupRefreshHistory([r('6'), r('5'), r('4', [added]), r('3'), r('2'), r('1', [removed])])
    expect(entries.map((e) => e.type === 'refresh' ? e.record.id : e.records.map((x) => x.id).join('+'))).toEqual(['6', '5', '4', '3+2', '1'])
  })
  it('is empty without refreshes', () => {
    expect(groupRefreshHistory([])).toEqual([])
  })
})

describe('groupChanges', () => {
  it('groups by kind in display order', () => {
    expect(groupChanges([removed, added, promoted, added])).toEqual([
      { kind: 'added', changes: [added, added] },
      { kind: 'promoted', changes: [promoted] },
      { kind: 'removed', changes: [removed] },
    ])
  })
})
