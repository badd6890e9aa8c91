import type { BackupData } from '../../shared/backup/format'
import { appDb, USER_TABLES, type SandscapeDb } from './database'

/** Every user table, as the backup format holds it. */
export async function readUserData(db: SandscapeDb = appDb()): Promise<BackupData> {
  const [bookmarks, lists, notes, userTags, comparisons, savedViews, statuses, statusChanges, fields, fieldValues, boardOrder, viewSettings] = await Promise.all([
    db.bookmarks.toArray(), db.lists.toArray(), db.notes.toArray(), db.userTags.toArray(), db.comparisons.toArray(), db.savedViews.toArray(),
    db.statuses.toArray(), db.statusChanges.toArray(), db.fields.toArray(), db.fieldValues.toArray(), db.boardOrder.toArray(), db.viewSettings.toArray(),
  ])
  return { bookmarks, lists, notes, userTags, comparisons, savedViews, statuses, statusChanges, fields, fieldValues, boardOrder, viewSettings }
}

/**
 * Makes the user tables hold exactly `data`, in one transaction: if anything fails (a full disk),
 * nothing changes. The dataset tables are outside the transaction and cannot be touched.
 */
export async function replaceUserData(data: BackupData, db: SandscapeDb = appDb()): Promise<void> {
  await db.transaction('rw', [...USER_TABLES], async () => {
    await Promise.all(USER_TABLES.map((table) => db.table(table).clear()))
    await db.bookmarks.bulkPut(data.bookmarks)
    await db.lists.bulkPut(data.lists)
    await db.notes.bulkPut(data.notes)
    await db.userTags.bulkPut(data.userTags)
    await db.comparisons.bulkPut(data.comparisons)
    await db.savedViews.bulkPut(data.savedViews)
    await db.statuses.bulkPut(data.statuses)
    await db.statusChanges.bulkPut(data.statusChanges)
    await db.fields.bulkPut(data.fields)
    await db.fieldValues.bulkPut(data.fieldValues)
    await db.boardOrder.bulkPut(data.boardOrder)
    await db.viewSettings.bulkPut(data.viewSettings)
  })
}

/** Removes the user's bookmarks, lists, notes, tags, comparisons, saved views and evaluations; the dataset stays. */
export async function deleteAllUserData(db: SandscapeDb = appDb()): Promise<void> {
  await db.transaction('rw', [...USER_TABLES], async () => {
    await Promise.all(USER_TABLES.map((table) => db.table(table).clear()))
  })
}
