import { useLiveQuery } from 'dexie-react-hooks'
import { appDb, type SandscapeDb, type SavedViewRecord } from './database'
import { preloadedQuery } from './preloaded-query'

export const MAX_VIEW_NAME = 120

const savedViewsQuery = preloadedQuery(() => appDb().savedViews.orderBy('name').toArray())

/** Saved views by name, live; undefined while the first read is in flight. */
export function useSavedViews(): SavedViewRecord[] | undefined {
  return savedViewsQuery.useValue()
}

/** Reads them before the first render (the first view's preload). */
export const preloadSavedViews = savedViewsQuery.preload

const cleanName = (name: string) => name.trim().replace(/\s+/g, ' ').slice(0, MAX_VIEW_NAME)

export interface ViewContent {
  query: string
  columns: string[]
}

/** Saves a new view; making it the default takes the mark from any other. */
export async function createSavedView(name: string, content: ViewContent, makeDefault: boolean, db: SandscapeDb = appDb(), now = new Date()): Promise<SavedViewRecord> {
  const at = now.toISOString()
  const record: SavedViewRecord = { id: crypto.randomUUID(), name: cleanName(name), ...content, isDefault: makeDefault, createdAt: at, updatedAt: at }
  if (!record.name) throw new Error('a saved view needs a name')
  await db.transaction('rw', db.savedViews, async () => {
    if (makeDefault) await clearDefault(db)
    await db.savedViews.add(record)
  })
  return record
}

/** Replaces a view's filters, sort, grouping, layout and columns with what is shown now. */
export async function updateSavedView(id: string, content: ViewContent, db: SandscapeDb = appDb(), now = new Date()): Promise<void> {
  await db.savedViews.update(id, { ...content, updatedAt: now.toISOString() })
}

export async function renameSavedView(id: string, name: string, db: SandscapeDb = appDb(), now = new Date()): Promise<void> {
  const clean = cleanName(name)
  if (clean) await db.savedViews.update(id, { name: clean, updatedAt: now.toISOString() })
}

export async function deleteSavedView(id: string, db: SandscapeDb = appDb()): Promise<void> {
  await db.savedViews.delete(id)
}

/** Makes one view the default (or none, with undefined): at most one ever is. */
export async function setDefaultSavedView(id: string | undefined, db: SandscapeDb = appDb()): Promise<void> {
  await db.transaction('rw', db.savedViews, async () => {
    await clearDefault(db)
    if (id) await db.savedViews.update(id, { isDefault: true })
  })
}

async function clearDefault(db: SandscapeDb): Promise<void> {
  await db.savedViews.filter((view) => view.isDefault).modify({ isDefault: false })
}

/** The view marked as default, if any (read once, at start-up). */
export async function readDefaultSavedView(db: SandscapeDb = appDb()): Promise<SavedViewRecord | undefined> {
  return (await db.savedViews.toArray()).find((view) => view.isDefault)
}
