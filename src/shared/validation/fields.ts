export interface FieldsRead<T> {
  value: T
  /** Paths of the fields left out, as `a.b.c`. */
  ignored: string[]
}

/**
 * What checks one field: a zod schema, or one of the small checks in checks.ts (for what is read
 * at start, before zod has loaded).
 */
export interface FieldCheck<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false }
}

type Checked<C> = C extends FieldCheck<infer T> ? T : never

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Validates an object one field at a time against `fields`: valid fields are kept, invalid and
 * unknown ones are named in `ignored`. For preferences, where one damaged value must not cost
 * the others (or the user data travelling with them). Each check looks at its own value only, so
 * a value nested thousands deep is refused at its first level, never walked.
 */
export function readFields<F extends Record<string, FieldCheck<unknown>>>(raw: unknown, fields: F, path = ''): FieldsRead<Partial<{ [K in keyof F]: Checked<F[K]> }>> {
  const name = (key: string) => (path ? `${path}.${key}` : key)
  if (raw === undefined) return { value: {}, ignored: [] }
  if (!isPlainObject(raw)) return { value: {}, ignored: [path || '(all)'] }
  const value: Record<string, unknown> = {}
  const ignored: string[] = []
  for (const key of Object.keys(raw)) {
    const check = Object.hasOwn(fields, key) ? fields[key] : undefined
    const parsed = check?.safeParse(raw[key])
    if (parsed?.success) value[key] = parsed.data
    else ignored.push(name(key))
  }
  return { value: value as Partial<{ [K in keyof F]: Checked<F[K]> }>, ignored }
}
