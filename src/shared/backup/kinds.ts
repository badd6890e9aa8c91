/**
 * Every kind of user data, one table each. Its own module, so the database knows which tables to
 * check before the backup format's schemas (and zod) have loaded; format.ts checks that these are
 * exactly BackupData's kinds.
 */
export const BACKUP_KINDS = [
  'bookmarks', 'lists', 'notes', 'userTags', 'comparisons', 'savedViews', 'statuses', 'statusChanges', 'fields', 'fieldValues', 'boardOrder', 'viewSettings',
] as const
export type BackupKind = (typeof BACKUP_KINDS)[number]
