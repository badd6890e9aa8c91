import type { Project } from '../dataset/schema'

interface BookmarkLike { projectId: string; createdAt: string; lists: string[] }
interface ListLike { id: string; name: string }

export interface BookmarkGroup<B extends BookmarkLike, L extends ListLike> {
  /** Undefined for "starred, in no list". */
  list?: L
  /** `project` is undefined when the project has left the dataset: kept and shown as such. */
  entries: { bookmark: B; project?: Project }[]
}

/**
 * Bookmarks grouped by list (lists by name, then the starred projects in no list); a project in
 * several lists appears in each. Entries sort by project name, newest bookmark first on ties.
 */
export function groupBookmarks<B extends BookmarkLike, L extends ListLike>(bookmarks: B[], lists: L[], projects: Project[]): BookmarkGroup<B, L>[] {
  const byId = new Map(projects.map((p) => [p.id, p]))
  const knownLists = new Set(lists.map((l) => l.id))
  const entry = (bookmark: B) => ({ bookmark, project: byId.get(bookmark.projectId) })
  const order = (a: { bookmark: B; project?: Project }, b: { bookmark: B; project?: Project }) =>
    (a.project?.name ?? a.bookmark.projectId).localeCompare(b.project?.name ?? b.bookmark.projectId, 'en', { sensitivity: 'base' }) ||
    b.bookmark.createdAt.localeCompare(a.bookmark.createdAt)
  const groups: BookmarkGroup<B, L>[] = [...lists]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((list) => ({ list, entries: bookmarks.filter((b) => b.lists.includes(list.id)).map(entry).sort(order) }))
  const unlisted = bookmarks.filter((b) => !b.lists.some((id) => knownLists.has(id))).map(entry).sort(order)
  if (unlisted.length) groups.push({ entries: unlisted })
  return groups
}
