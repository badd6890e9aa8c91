import { describe, expect, it } from 'vitest'
import { makeProject } from '../testing/fixtures'
import { groupBookmarks } from './group'

describe('groupBookmarks', () => {
  const projects = [makeProject({ id: 'envoy', name: 'Envoy' }), makeProject({ id: 'headlamp', name: 'Headlamp' })]
  const lists = [{ id: 'l2', name: 'To try' }, { id: 'l1', name: 'In production' }]
  const bookmarks = [
    { projectId: 'headlamp', createdAt: '2026-01-02', lists: ['l2'] },
    { projectId: 'envoy', createdAt: '2026-01-01', lists: ['l1', 'l2'] },
    { projectId: 'gone-project', createdAt: '2026-01-03', lists: [] },
    { projectId: 'orphan-list', createdAt: '2026-01-04', lists: ['deleted-list'] },
  ]

  it('groups by list name, a project in every list it is in, then the unlisted', () => {
    const groups = groupBookmarks(bookmarks, lists, projects)
    expect(groups.map((g) => [g.list?.name, g.entries.map((e) => e.bookmark.projectId)])).toEqual([
      ['In production', ['envoy']],
      ['To try', ['envoy', 'headlamp']],
      [undefined, ['gone-project', 'orphan-list']],
    ])
  })

  it('keeps bookmarks of projects that left the dataset, without a project', () => {
    const unlisted = groupBookmarks(bookmarks, lists, projects).at(-1)!
    expect(unlisted.entries[0]).toEqual({ bookmark: bookmarks[2], project: undefined })
  })

  it('lists empty lists too', () => {
    expect(groupBookmarks([], lists, projects).map((g) => g.entries.length)).toEqual([0, 0])
  })
})
