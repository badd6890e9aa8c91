import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie'
import type { z } from 'zod'
import { USER_RECORD_SCHEMAS, type BackupKind } from '../../shared/backup/format'
import { describeIssues } from '../../shared/dataset/schema'

/** A write refused because the backup format could not carry it; nothing was stored. */
export class UserDataLimitError extends Error {
  override readonly name = 'UserDataLimitError'
  constructor(readonly kind: BackupKind, message: string) {
    super(message)
  }
}

const schemas = USER_RECORD_SCHEMAS as Record<string, z.ZodType | undefined>

/**
 * Every record written to a user table is checked against the backup format's schema for its
 * kind (src/shared/backup/format.ts), whichever code path writes it: what the app stores, its
 * own backups accept. A new kind is covered by declaring its record schema in BackupData.
 */
export function userDataLimits(): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'user-data-limits',
    create: (down) => ({
      ...down,
      table: (name): DBCoreTable => {
        const table = down.table(name)
        const schema = schemas[name]
        if (!schema) return table
        return {
          ...table,
          mutate: (request: DBCoreMutateRequest) => {
            if (request.type === 'add' || request.type === 'put') {
              for (const value of request.values) {
                const parsed = schema.safeParse(value)
                if (!parsed.success) return Promise.reject(new UserDataLimitError(name as BackupKind, `Not stored: ${describeIssues(parsed.error, 3)}`))
              }
            }
            return table.mutate(request)
          },
        }
      },
    }),
  }
}
