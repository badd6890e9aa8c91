import { beforeEach, describe, expect, it } from 'vitest'
import { createBackup, parseBackup, serializeBackup, USER_DATA_LIMITS } from '../../shared/backup/format'
import { readUserData } from './backup'
import { appDb } from './database'
import { UserDataLimitError } from './limits'
import { changeProjectLists, createList, deleteList, renameList, setProjectUserTags, toggleStar } from './user-data'

beforeEach(async () => {
  const db = appDb()
  await Promise.all([db.bookmarks.clear(), db.lists.clear(), db.userTags.clear()])
})

describe('bookmarks and lists', () => {
  it('stars and unstars', async () => {
    expect(await toggleStar('headlamp')).toBe(true)
    expect(await appDb().bookmarks.get('headlamp')).toMatchObject({ projectId: 'headlamp', lists: [] })
    expect(await toggleStar('headlamp')).toBe(false)
    expect(await appDb().bookmarks.get('headlamp')).toBeUndefined()
  })

  it('puts a project in several lists, and a list name is unique regardless of case', async () => {
    const toTry = await createList('To try')
    const prod = await createList('In production')
    expect((await createList('to TRY')).id).toBe(toTry.id)
    await changeProjectLists('envoy', [toTry.id, prod.id, toTry.id], [])
    expect((await appDb().bookmarks.get('envoy'))?.lists).toEqual([toTry.id, prod.id])
  })

  it('deleting a list keeps its projects starred', async () => {
    const toTry = await createList('To try')
    const keep = await createList('Keep')
    await changeProjectLists('envoy', [toTry.id, keep.id], [])
    await changeProjectLists('sops', [toTry.id], [])
    await deleteList(toTry.id)
    expect(await appDb().bookmarks.toArray()).toEqual([
      expect.objectContaining({ projectId: 'envoy', lists: [keep.id] }),
      expect.objectContaining({ projectId: 'sops', lists: [] }),
    ])
    expect((await appDb().lists.toArray()).map((l) => l.name)).toEqual(['Keep'])
  })

  it('keeps both of two quick list changes made from the same starting point', async () => {
    const a = await createList('To try')
    const b = await createList('Desktop tools')
    // Both edits were made while the screen still showed no lists.
    await Promise.all([changeProjectLists('headlamp', [a.id], []), changeProjectLists('headlamp', [b.id], [])])
    expect((await appDb().bookmarks.get('headlamp'))?.lists.sort()).toEqual([a.id, b.id].sort())
    await changeProjectLists('headlamp', [], [a.id])
    expect((await appDb().bookmarks.get('headlamp'))?.lists).toEqual([b.id])
  })

  it('renames a list', async () => {
    const list = await createList('Rejected')
    await renameList(list.id, '  Not now  ')
    expect((await appDb().lists.get(list.id))?.name).toBe('Not now')
  })
})

describe('user tags', () => {
  it('sets exactly the given tags, trimmed and de-duplicated', async () => {
    await setProjectUserTags('kepler', ['energy', ' energy ', 'shortlist'])
    await setProjectUserTags('kepler', ['shortlist', 'green  ops'])
    const tags = await appDb().userTags.where('projectId').equals('kepler').toArray()
    expect(tags.map((t) => t.tag).sort()).toEqual(['green ops', 'shortlist'])
  })
})

// Issue 8: the app could store what its own backup format refuses, so the whole backup was then
// rejected as "damaged". Every write path now checks the format's limits.
describe('what the app stores, its backups accept', () => {
  const exportReimports = async () => {
    const backup = createBackup(await readUserData(), {})
    return parseBackup(serializeBackup(backup))
  }

  it('refuses a list named with spaces only', async () => {
    await expect(createList('   ')).rejects.toBeInstanceOf(UserDataLimitError)
    const list = await createList('Shortlist')
    await expect(renameList(list.id, ' \t ')).rejects.toBeInstanceOf(UserDataLimitError)
    expect((await appDb().lists.toArray()).map((l) => l.name)).toEqual(['Shortlist'])
    expect(await exportReimports()).toMatchObject({ ok: true })
  })

  it('refuses to put a bookmark in more lists than the format allows', async () => {
    const ids = Array.from({ length: USER_DATA_LIMITS.listsPerBookmark + 1 }, (_, i) => `list-${i}`)
    await expect(changeProjectLists('envoy', ids, [])).rejects.toBeInstanceOf(UserDataLimitError)
    expect(await appDb().bookmarks.get('envoy')).toBeUndefined()
    await changeProjectLists('envoy', ids.slice(1), [])
    expect(await exportReimports()).toMatchObject({ ok: true })
  })
})
