import type { z } from 'zod'
import { USER_RECORD_SCHEMAS, type BackupKind } from '../../shared/backup/format'
import { describeIssues } from '../../shared/dataset/schema'

const schemas = USER_RECORD_SCHEMAS as Record<BackupKind, z.ZodType>

/** Why a record of `kind` cannot be stored (the backup format could not carry it), or undefined. */
export function userRecordProblem(kind: BackupKind, value: unknown): string | undefined {
  const parsed = schemas[kind].safeParse(value)
  return parsed.success ? undefined : describeIssues(parsed.error, 3)
}
