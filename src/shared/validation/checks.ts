import type { FieldCheck } from './fields'

// Checks for the few stored values read at start (preferences, the Projects table's state): the
// same bounds zod would apply, without loading zod before the first rows. Each looks at one
// value and walks no deeper than the shape it expects.

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** A check from a type guard: the value is kept as it is when the guard holds. */
export function check<T>(test: (value: unknown) => value is T): FieldCheck<T> {
  return { safeParse: (value) => (test(value) ? { success: true, data: value } : { success: false }) }
}

export const anyValue: FieldCheck<unknown> = check((_value): _value is unknown => true)

export const aBoolean: FieldCheck<boolean> = check((value): value is boolean => typeof value === 'boolean')

export function oneOf<const T extends readonly string[]>(values: T): FieldCheck<T[number]> {
  return check((value): value is T[number] => typeof value === 'string' && values.includes(value))
}

/** A string of `min` to `max` UTF-16 units (zod's `.min`/`.max`), passing `also` when given. */
export function aString(max: number, min = 0, also?: (value: string) => boolean): FieldCheck<string> {
  return check((value): value is string => typeof value === 'string' && value.length >= min && value.length <= max && (!also || also(value)))
}

/** A finite number within [min, max]. */
export function aNumber(min = -Infinity, max = Infinity): FieldCheck<number> {
  return check((value): value is number => typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max)
}

/** An array of at most `maxItems` items, each passing `item`. */
export function anArray<T>(item: FieldCheck<T>, maxItems: number): FieldCheck<T[]> {
  return check((value): value is T[] => Array.isArray(value) && value.length <= maxItems && value.every((v) => item.safeParse(v).success))
}

/** A plain object of at most `maxKeys` keys, each at most `keyLength` long, each value passing `item`. */
export function aRecord<T>(item: FieldCheck<T>, keyLength: number, maxKeys: number): FieldCheck<Record<string, T>> {
  return check((value): value is Record<string, T> => {
    if (!isPlainObject(value)) return false
    const keys = Object.keys(value)
    return keys.length <= maxKeys && keys.every((key) => key.length <= keyLength && item.safeParse(value[key]).success)
  })
}

/** A plain object with exactly these keys (zod's strictObject), each passing its check. */
export function anObject<T extends Record<string, unknown>>(fields: { [K in keyof T]: FieldCheck<T[K]> }): FieldCheck<T> {
  return check((value): value is T => {
    if (!isPlainObject(value)) return false
    const keys = Object.keys(value)
    const expected = Object.keys(fields)
    return keys.length === expected.length && expected.every((key) => Object.hasOwn(value, key) && fields[key as keyof T].safeParse(value[key]).success)
  })
}
