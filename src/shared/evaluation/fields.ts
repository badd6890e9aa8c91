import { isCalendarDay } from '../calendar-day'

/**
 * The user's own fields on projects (Criticality, Owner, Review by…): a definition per field and
 * one value per project and field. Values are checked against their field's type on the way in.
 */
export const FIELD_TYPES = ['text', 'number', 'date', 'choice', 'boolean'] as const
export type FieldType = (typeof FIELD_TYPES)[number]

export interface FieldDefinition {
  id: string
  name: string
  type: FieldType
  description?: string
  /** The allowed values of a one-of ("choice") field, in the order offered. */
  choices?: string[]
  order: number
  createdAt: string
}

export type FieldValue = string | number | boolean

export interface FieldValueRecord {
  projectId: string
  fieldId: string
  value: FieldValue
  updatedAt: string
}

export const MAX_FIELDS = 30
export const MAX_FIELD_NAME_LENGTH = 60
export const MAX_FIELD_DESCRIPTION_LENGTH = 300
export const MAX_CHOICES = 30
export const MAX_CHOICE_LENGTH = 60
export const MAX_TEXT_VALUE_LENGTH = 500

/**
 * Fields offered as one click in Settings, never created on their own: the CNCF End User TAB's
 * "criticality" and "exit complexity" (cncf/tab#107, #121), an owner and a review date. Names and
 * choices are translation keys; a field made from a suggestion takes them in the UI language.
 */
export const SUGGESTED_FIELDS: readonly { key: string; type: FieldType; choiceKeys?: readonly string[] }[] = [
  { key: 'criticality', type: 'choice', choiceKeys: ['low', 'medium', 'high'] },
  { key: 'exitComplexity', type: 'choice', choiceKeys: ['low', 'medium', 'high'] },
  { key: 'owner', type: 'text' },
  { key: 'reviewBy', type: 'date' },
]


const oneLine = (text: string, max: number) => text.replace(/\s+/g, ' ').trim().slice(0, max)

/** A field's name or a choice as typed: one line, trimmed, bounded. */
export const cleanFieldName = (name: string): string => oneLine(name, MAX_FIELD_NAME_LENGTH)
export const cleanChoice = (choice: string): string => oneLine(choice, MAX_CHOICE_LENGTH)

/** Choices as typed (one per line or comma-separated): cleaned, without blanks or repeats. */
export function cleanChoices(choices: readonly string[]): string[] {
  const seen = new Set<string>()
  const result: string[] = []
  for (const choice of choices.map(cleanChoice)) {
    const key = choice.toLowerCase()
    if (choice && !seen.has(key)) {
      seen.add(key)
      result.push(choice)
    }
  }
  return result.slice(0, MAX_CHOICES)
}

export type FieldInputError = 'number' | 'date' | 'choice' | 'boolean'
export type FieldInputResult = { ok: true; value: FieldValue | undefined } | { ok: false; error: FieldInputError }

/**
 * Reads what the user entered for a field. Empty input clears the value (`value: undefined`);
 * input of the wrong kind is refused with the reason, and nothing is stored.
 */
export function readFieldInput(field: Pick<FieldDefinition, 'type' | 'choices'>, input: unknown): FieldInputResult {
  if (input === undefined || input === null || input === '') return { ok: true, value: undefined }
  switch (field.type) {
    case 'text':
      if (typeof input !== 'string') return { ok: true, value: String(input).slice(0, MAX_TEXT_VALUE_LENGTH) }
      return { ok: true, value: oneLine(input, MAX_TEXT_VALUE_LENGTH) || undefined }
    case 'number': {
      const value = typeof input === 'number' ? input : Number(String(input).trim().replace(',', '.'))
      return Number.isFinite(value) && String(input).trim() !== '' ? { ok: true, value } : { ok: false, error: 'number' }
    }
    case 'date':
      return typeof input === 'string' && isCalendarDay(input.trim()) ? { ok: true, value: input.trim() } : { ok: false, error: 'date' }
    case 'choice':
      return typeof input === 'string' && (field.choices ?? []).includes(input) ? { ok: true, value: input } : { ok: false, error: 'choice' }
    case 'boolean':
      return typeof input === 'boolean' ? { ok: true, value: input } : { ok: false, error: 'boolean' }
  }
}

/**
 * How a value sorts within its field: numbers and dates in their order, choices in the order the
 * field lists them, yes after no, text alphabetically. Values that no longer fit (a choice since
 * removed) sort after the ones that do.
 */
export function fieldSortValue(field: Pick<FieldDefinition, 'type' | 'choices'>, value: FieldValue | undefined): number | string | undefined {
  if (value === undefined) return undefined
  switch (field.type) {
    case 'number':
      return typeof value === 'number' ? value : undefined
    case 'choice': {
      const index = (field.choices ?? []).indexOf(String(value))
      return index < 0 ? (field.choices?.length ?? 0) : index
    }
    case 'boolean':
      return value === true ? 1 : 0
    default:
      return String(value)
  }
}

/** A table filter on one field, by the field's type. */
export type FieldFilter =
  | { kind: 'range'; min?: number; max?: number }
  | { kind: 'dates'; from?: string; to?: string }
  | { kind: 'choices'; values: string[] }
  | { kind: 'text'; contains: string }

/** The filter kind each field type gets. */
export const FILTER_KIND: Record<FieldType, FieldFilter['kind']> = { number: 'range', date: 'dates', choice: 'choices', boolean: 'choices', text: 'text' }

/** The string a yes/no value is filtered as. */
export const booleanKey = (value: boolean): string => (value ? 'yes' : 'no')

/** True when the filter restricts anything. Filters read back from storage may be malformed: those restrict nothing. */
export function isFieldFilterActive(filter: FieldFilter | undefined): boolean {
  if (!filter || typeof filter !== 'object') return false
  switch (filter.kind) {
    case 'range':
      return typeof filter.min === 'number' || typeof filter.max === 'number'
    case 'dates':
      return typeof filter.from === 'string' || typeof filter.to === 'string'
    case 'choices':
      return Array.isArray(filter.values) && filter.values.length > 0
    case 'text':
      return typeof filter.contains === 'string' && filter.contains.trim() !== ''
    default:
      return false
  }
}

/** Whether a project's value passes a field filter; a project without a value passes no active filter. */
export function matchesFieldFilter(filter: FieldFilter, value: FieldValue | undefined): boolean {
  if (!isFieldFilterActive(filter)) return true
  if (value === undefined) return false
  switch (filter.kind) {
    case 'range':
      return typeof value === 'number' && (filter.min === undefined || value >= filter.min) && (filter.max === undefined || value <= filter.max)
    case 'dates':
      return typeof value === 'string' && (filter.from === undefined || value >= filter.from) && (filter.to === undefined || value <= filter.to)
    case 'choices':
      return filter.values.includes(typeof value === 'boolean' ? booleanKey(value) : String(value))
    case 'text':
      return String(value).toLowerCase().includes(filter.contains.trim().toLowerCase())
  }
}

/*
 * A field filter as a link writes it (the Projects view's address): a letter for its kind, then
 * its bounds or values. "n:1..5", "d:2026-01-01..", "c:low,high", "t:platform team". Either end of
 * a range may be left open. Read forgivingly: what does not parse is no filter.
 */
const escapeChoice = (value: string) => value.replaceAll('%', '%25').replaceAll(',', '%2C')
const unescapeChoice = (value: string) => value.replace(/%(25|2C)/gi, (m) => (m === '%25' ? '%' : ','))
const MAX_FILTER_TEXT = 200

export function fieldFilterText(filter: FieldFilter): string | undefined {
  if (!isFieldFilterActive(filter)) return undefined
  switch (filter.kind) {
    case 'range': return `n:${filter.min ?? ''}..${filter.max ?? ''}`
    case 'dates': return `d:${filter.from ?? ''}..${filter.to ?? ''}`
    case 'choices': return `c:${filter.values.map(escapeChoice).join(',')}`
    case 'text': return `t:${filter.contains.trim()}`
  }
}

export function parseFieldFilterText(text: string): FieldFilter | undefined {
  if (text.length > MAX_FILTER_TEXT * 2) return undefined
  const kind = text.slice(0, 2)
  const body = text.slice(2)
  const range = () => {
    const at = body.indexOf('..')
    return at < 0 ? undefined : [body.slice(0, at), body.slice(at + 2)] as const
  }
  let filter: FieldFilter | undefined
  if (kind === 'n:') {
    const ends = range()
    const num = (s: string) => (s === '' ? undefined : Number.isFinite(Number(s)) ? Number(s) : Number.NaN)
    const [min, max] = ends ? ends.map(num) : [Number.NaN, Number.NaN]
    if (!Number.isNaN(min) && !Number.isNaN(max)) filter = { kind: 'range', ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) }
  } else if (kind === 'd:') {
    const ends = range()
    const ok = (s: string) => s === '' || isCalendarDay(s)
    if (ends && ends.every(ok)) filter = { kind: 'dates', ...(ends[0] ? { from: ends[0] } : {}), ...(ends[1] ? { to: ends[1] } : {}) }
  } else if (kind === 'c:') {
    const values = body.split(',').map(unescapeChoice).filter((v) => v !== '' && v.length <= MAX_FILTER_TEXT).slice(0, 100)
    filter = { kind: 'choices', values: [...new Set(values)] }
  } else if (kind === 't:') {
    filter = { kind: 'text', contains: body.slice(0, MAX_FILTER_TEXT) }
  }
  return filter && isFieldFilterActive(filter) ? filter : undefined
}
