import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { aBoolean, anArray, anObject, anyValue, aNumber, aRecord, aString, oneOf } from './checks'
import type { FieldCheck } from './fields'

// Each check against the zod schema it stands in for, on the same values.
const samples: unknown[] = [
  undefined, null, true, false, 0, -1, 1.5, 10_001, Number.NaN, Number.POSITIVE_INFINITY, '', 'a', 'en', 'ru', 'x'.repeat(201),
  [], ['a'], ['', 'b'], [1], Array.from({ length: 7 }, (_, i) => `p${i}`), {}, { a: true }, { a: 'yes' }, { ['k'.repeat(101)]: true },
  { id: 'name', desc: true }, { id: '', desc: false }, { id: 'name', desc: true, extra: 1 }, { id: 'name' }, [{ id: 'name', desc: false }],
  { width: 120 }, { width: -1 }, Object.fromEntries(Array.from({ length: 501 }, (_, i) => [`c${i}`, true])),
]

const pairs: [string, FieldCheck<unknown>, z.ZodType][] = [
  ['anyValue', anyValue, z.unknown()],
  ['aBoolean', aBoolean, z.boolean()],
  ['oneOf', oneOf(['system', 'en', 'ru']), z.enum(['system', 'en', 'ru'])],
  ['aString', aString(200), z.string().max(200)],
  ['aString with min', aString(200, 1), z.string().min(1).max(200)],
  ['aNumber', aNumber(0, 10_000), z.number().finite().min(0).max(10_000)],
  ['anArray', anArray(aString(200, 1), 6), z.array(z.string().min(1).max(200)).max(6)],
  ['aRecord', aRecord(aBoolean, 100, 500), z.record(z.string().max(100), z.boolean()).refine((r) => Object.keys(r).length <= 500)],
  ['aRecord of numbers', aRecord(aNumber(0, 10_000), 100, 500), z.record(z.string().max(100), z.number().finite().min(0).max(10_000)).refine((r) => Object.keys(r).length <= 500)],
  ['anObject', anObject<{ id: string; desc: boolean }>({ id: aString(100, 1), desc: aBoolean }), z.strictObject({ id: z.string().min(1).max(100), desc: z.boolean() })],
]

describe('checks read at start without zod', () => {
  it.each(pairs)('%s accepts exactly what its zod schema accepts', (_name, check, schema) => {
    for (const value of samples) expect(check.safeParse(value).success, JSON.stringify(value)?.slice(0, 80)).toBe(schema.safeParse(value).success)
  })

  it('keeps a value as it was read, and passes a string through its own test', () => {
    const value = ['a', 'b']
    const read = anArray(aString(10), 5).safeParse(value)
    expect(read).toEqual({ success: true, data: ['a', 'b'] })
    const url = aString(100, 0, (s) => s === '' || s.startsWith('https://'))
    expect([url.safeParse('').success, url.safeParse('https://a.example').success, url.safeParse('ftp://a').success]).toEqual([true, true, false])
  })
})
