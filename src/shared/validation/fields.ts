import type { z } from 'zod'

export interface FieldsRead<T> {
  value: T
  /** Paths of the fields left out, as `a.b.c`. */
  ignored: string[]
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Validates an object one field at a time against `fields`: valid fields are kept, invalid and
 * unknown ones are named in `ignored`. For preferences, where one damaged value must not cost
 * the others (or the user data travelling with them). Each schema checks its own value only, so
 * a value nested thousands deep is refused at its first level, never walked.
 */
export function readFields<F extends Record<string, z.ZodType>>(raw: unknown, fields: F, path = ''): FieldsRead<Partial<{ [K in keyof F]: z.output<F[K]> }>> {
  const name = (key: string) => (path ? `${path}.${key}` : key)
  if (raw === undefined) return { value: {}, ignored: [] }
  if (!isPlainObject(raw)) return { value: {}, ignored: [path || '(all)'] }
  const value: Record<string, unknown> = {}
  const ignored: string[] = []
  for (const key of Object.keys(raw)) {
    const schema = Object.hasOwn(fields, key) ? fields[key] : undefined
    const parsed = schema?.safeParse(raw[key])
    if (parsed?.success) value[key] = parsed.data
    else ignored.push(name(key))
  }
  return { value: value as Partial<{ [K in keyof F]: z.output<F[K]> }>, ignored }
}
