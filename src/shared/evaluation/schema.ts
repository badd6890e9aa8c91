import { z } from '../zod'
import { FIELD_TYPES, MAX_CHOICE_LENGTH, MAX_CHOICES, MAX_FIELD_DESCRIPTION_LENGTH, MAX_FIELD_NAME_LENGTH, MAX_TEXT_VALUE_LENGTH, type FieldDefinition } from './fields'
import { isCalendarDay } from '../calendar-day'
import { MAX_REASON_LENGTH } from './history'
import { MAX_RINGS, QUADRANT_COUNT } from './radar'
import { MAX_STATUS_NAME_LENGTH } from './status'

// The evaluation records as a backup carries them, field by field and bounded. The renderer's
// database stores the same shapes (db/database.ts).

const IsoTime = z.string().min(10).max(40)
const Id = z.string().min(1).max(200)
const Day = z.string().refine(isCalendarDay, 'expected a date as YYYY-MM-DD')

export const BackupStatus = z.strictObject({ id: Id, name: z.string().min(1).max(MAX_STATUS_NAME_LENGTH).optional(), order: z.number().int().min(0).max(10_000) })

export const BackupStatusChange = z.strictObject({
  id: Id,
  projectId: Id,
  statusId: Id.nullable(),
  statusName: z.string().min(1).max(MAX_STATUS_NAME_LENGTH).optional(),
  at: IsoTime,
  reason: z.string().min(1).max(MAX_REASON_LENGTH).optional(),
  editedAt: IsoTime.optional(),
  origin: z.enum(['removal', 'import']).optional(),
})

export const BackupField = z.strictObject({
  id: Id,
  name: z.string().min(1).max(MAX_FIELD_NAME_LENGTH),
  type: z.enum(FIELD_TYPES),
  description: z.string().max(MAX_FIELD_DESCRIPTION_LENGTH).optional(),
  choices: z.array(z.string().min(1).max(MAX_CHOICE_LENGTH)).max(MAX_CHOICES).optional(),
  order: z.number().int().min(0).max(10_000),
  createdAt: IsoTime,
})

export const BackupFieldValue = z.strictObject({
  projectId: Id,
  fieldId: Id,
  value: z.union([z.string().max(MAX_TEXT_VALUE_LENGTH), z.number().refine(Number.isFinite, 'expected a finite number'), z.boolean()]),
  updatedAt: IsoTime,
})

export const BackupBoardColumn = z.strictObject({ columnId: Id, projectIds: z.array(Id).max(20_000) })

const RadarSettings = z.strictObject({
  key: z.literal('radar'),
  quadrants: z.array(z.strictObject({ id: Id, name: z.string().min(1).max(80).optional(), categories: z.array(z.string().min(1).max(200)).max(200) })).length(QUADRANT_COUNT),
  rings: z.array(Id).max(MAX_RINGS),
  movedSince: Day.optional(),
})
const BoardSettings = z.strictObject({ key: z.literal('board'), cardFields: z.array(Id).max(50) })
export const BackupViewSettings = z.discriminatedUnion('key', [RadarSettings, BoardSettings])
export type ViewSettingsRecord = z.infer<typeof BackupViewSettings>
export type RadarSettingsRecord = z.infer<typeof RadarSettings>
export type BoardSettingsRecord = z.infer<typeof BoardSettings>

/** Checks a field's values against its definition (a number in a number field…), for imports. */
export function valueFitsField(field: Pick<FieldDefinition, 'type' | 'choices'>, value: unknown): boolean {
  switch (field.type) {
    case 'number':
      return typeof value === 'number'
    case 'boolean':
      return typeof value === 'boolean'
    case 'date':
      return typeof value === 'string' && isCalendarDay(value)
    case 'choice':
    case 'text':
      return typeof value === 'string'
  }
}
