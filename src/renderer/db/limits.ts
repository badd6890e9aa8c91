import Dexie, { type DBCore, type DBCoreMutateRequest, type DBCoreTable, type Middleware } from 'dexie'
import { BACKUP_KINDS, type BackupKind } from '../../shared/backup/kinds'
import { afterFirstContent } from '../store/first-content'

/** A write refused because the backup format could not carry it; nothing was stored. */
export class UserDataLimitError extends Error {
  override readonly name = 'UserDataLimitError'
  constructor(readonly kind: BackupKind, message: string) {
    super(message)
  }
}

type Check = typeof import('./user-record-check').userRecordProblem

// The schemas (and zod) load on the first write to a user table, or once the first rows are on
// screen, whichever comes first: a start-up reads, it does not write the user's data.
let check: Check | undefined
let loading: Promise<Check> | undefined
function loadCheck(): Promise<Check> {
  loading ??= import('./user-record-check').then((m) => (check = m.userRecordProblem))
  return loading
}
void afterFirstContent().then(loadCheck)

const userKinds: ReadonlySet<string> = new Set(BACKUP_KINDS)

function refusal(kind: BackupKind, request: DBCoreMutateRequest, problemOf: Check): UserDataLimitError | undefined {
  if (request.type !== 'add' && request.type !== 'put') return undefined
  for (const value of request.values) {
    const problem = problemOf(kind, value)
    if (problem !== undefined) return new UserDataLimitError(kind, `Not stored: ${problem}`)
  }
  return undefined
}

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
        if (!userKinds.has(name)) return table
        const kind = name as BackupKind
        return {
          ...table,
          mutate: (request: DBCoreMutateRequest) => {
            const write = (problemOf: Check) => {
              const refused = refusal(kind, request, problemOf)
              return refused ? Promise.reject(refused) : table.mutate(request)
            }
            if (check) return write(check)
            // Dexie.waitFor keeps the transaction open while the schemas load.
            return Dexie.waitFor(loadCheck()).then(write)
          },
        }
      },
    }),
  }
}
