import { useLiveQuery } from 'dexie-react-hooks'
import type { UserDataIndex } from '../../shared/projects/filter'
import { appDb, type BookmarkRecord, type ListRecord, type UserTagRecord } from './database'
import { UserDataLimitError } from './limits'
import { preloadedQuery } from './preloaded-query'

const nowIso = () => new Date().toISOString()

export function useBookmarks(): BookmarkRecord[] | undefined {
  return useLiveQuery(() => appDb().bookmarks.toArray(), [])
}

export function useBookmark(projectId: string): BookmarkRecord | null | undefined {
  return useLiveQuery(async () => (await appDb().bookmarks.get(projectId)) ?? null, [projectId])
}

const listsQuery = preloadedQuery(() => appDb().lists.orderBy('name').toArray())

export function useLists(): ListRecord[] | undefined {
  return listsQuery.useValue()
}

export function useUserTags(): UserTagRecord[] | undefined {
  return useLiveQuery(() => appDb().userTags.toArray(), [])
}

export function useProjectUserTags(projectId: string): string[] | undefined {
  return useLiveQuery(async () => (await appDb().userTags.where('projectId').equals(projectId).toArray()).map((t) => t.tag).sort(), [projectId])
}

const userDataIndexQuery = preloadedQuery(async () => {
  const db = appDb()
  const [bookmarks, tags, noteIds] = await Promise.all([db.bookmarks.toArray(), db.userTags.toArray(), db.notes.toCollection().primaryKeys()])
  const userTagsOf = new Map<string, string[]>()
  for (const t of tags) userTagsOf.set(t.projectId, [...(userTagsOf.get(t.projectId) ?? []), t.tag])
  return {
    starred: new Set(bookmarks.map((b) => b.projectId)),
    listsOf: new Map(bookmarks.map((b) => [b.projectId, b.lists])),
    userTagsOf,
    withNotes: new Set(noteIds),
  }
})

/** Everything the table's user-data filters and indicator columns read, in one live query. */
export function useUserDataIndex(): UserDataIndex | undefined {
  return userDataIndexQuery.useValue()
}

/** Stars or unstars a project; unstarring also takes it out of every list. */
export async function toggleStar(projectId: string): Promise<boolean> {
  const db = appDb()
  return db.transaction('rw', db.bookmarks, async () => {
    if (await db.bookmarks.get(projectId)) {
      await db.bookmarks.delete(projectId)
      return false
    }
    await db.bookmarks.put({ projectId, createdAt: nowIso(), lists: [] })
    return true
  })
}

/**
 * Adds and removes list memberships against what is stored now, not against what the caller last
 * saw: two quick edits (type a list, Enter, type another, Enter) both land.
 */
export async function changeProjectLists(projectId: string, add: string[], remove: string[]): Promise<void> {
  const db = appDb()
  await db.transaction('rw', db.bookmarks, async () => {
    const existing = await db.bookmarks.get(projectId)
    const lists = new Set(existing?.lists ?? [])
    for (const id of add) lists.add(id)
    for (const id of remove) lists.delete(id)
    await db.bookmarks.put({ projectId, createdAt: existing?.createdAt ?? nowIso(), lists: [...lists] })
  })
}

/** How a list name is stored: trimmed, at most 80 characters; blank is refused. */
function listName(name: string): string {
  const clean = name.trim().slice(0, 80).trim()
  if (!clean) throw new UserDataLimitError('lists', 'A list needs a name.')
  return clean
}

export async function createList(name: string): Promise<ListRecord> {
  const db = appDb()
  const clean = listName(name)
  return db.transaction('rw', db.lists, async () => {
    const same = (await db.lists.toArray()).find((l) => l.name.toLowerCase() === clean.toLowerCase())
    if (same) return same
    const list = { id: crypto.randomUUID(), name: clean, createdAt: nowIso() }
    await db.lists.add(list)
    return list
  })
}

export async function renameList(id: string, name: string): Promise<void> {
  await appDb().lists.update(id, { name: listName(name) })
}

/** Deletes a list; its projects stay starred, they are only taken out of this list. */
export async function deleteList(id: string): Promise<void> {
  const db = appDb()
  await db.transaction('rw', db.lists, db.bookmarks, async () => {
    await db.lists.delete(id)
    await db.bookmarks.where('lists').equals(id).modify((b) => { b.lists = b.lists.filter((l) => l !== id) })
  })
}

export async function addUserTag(projectId: string, tag: string): Promise<void> {
  const clean = tag.trim().replace(/\s+/g, ' ').slice(0, 40)
  if (clean) await appDb().userTags.put({ projectId, tag: clean, createdAt: nowIso() })
}

export async function removeUserTag(projectId: string, tag: string): Promise<void> {
  await appDb().userTags.delete([projectId, tag])
}

/** Makes the project's tags exactly `tags` (the detail page's tag field). */
export async function setProjectUserTags(projectId: string, tags: string[]): Promise<void> {
  const db = appDb()
  await db.transaction('rw', db.userTags, async () => {
    const current = await db.userTags.where('projectId').equals(projectId).toArray()
    const wanted = new Set(tags.map((t) => t.trim().replace(/\s+/g, ' ').slice(0, 40)).filter(Boolean))
    await db.userTags.bulkDelete(current.filter((t) => !wanted.has(t.tag)).map((t) => [t.projectId, t.tag] as [string, string]))
    const have = new Set(current.map((t) => t.tag))
    await db.userTags.bulkPut([...wanted].filter((t) => !have.has(t)).map((tag) => ({ projectId, tag, createdAt: nowIso() })))
  })
}

const userWordsQuery = preloadedQuery(async () => {
  const db = appDb()
  const [notes, tags] = await Promise.all([db.notes.toArray(), db.userTags.toArray()])
  const words = new Map<string, string[]>()
  for (const note of notes) words.set(note.projectId, [note.markdown])
  for (const tag of tags) words.set(tag.projectId, [...(words.get(tag.projectId) ?? []), tag.tag])
  return words
})

/** The user's own words about each project (the note's text and the tags), which the search reads last. */
export function useUserWords(): ReadonlyMap<string, readonly string[]> | undefined {
  return userWordsQuery.useValue()
}

/** Reads the user data the table shows (stars, lists, notes, tags) before the first render (the first view's preload). */
export function preloadUserData(): Promise<unknown> {
  return Promise.all([userDataIndexQuery.preload(), userWordsQuery.preload(), listsQuery.preload()])
}
