import { describe, expect, it } from 'vitest'
import { cleanChoices, fieldSortValue, isFieldFilterActive, matchesFieldFilter, readFieldInput, type FieldDefinition } from './fields'

const field = (type: FieldDefinition['type'], choices?: string[]) => ({ type, ...(choices ? { choices } : {}) })

describe('field values', () => {
  it('reads input by the field type, refusing what does not fit', () => {
    expect(readFieldInput(field('number'), '3,5')).toEqual({ ok: true, value: 3.5 })
    expect(readFieldInput(field('number'), 'many')).toEqual({ ok: false, error: 'number' })
    expect(readFieldInput(field('date'), '2027-02-30')).toEqual({ ok: false, error: 'date' })
    expect(readFieldInput(field('date'), '2027-03-01')).toEqual({ ok: true, value: '2027-03-01' })
    expect(readFieldInput(field('choice', ['low', 'high']), 'high')).toEqual({ ok: true, value: 'high' })
    expect(readFieldInput(field('choice', ['low', 'high']), 'extreme')).toEqual({ ok: false, error: 'choice' })
    expect(readFieldInput(field('boolean'), true)).toEqual({ ok: true, value: true })
    expect(readFieldInput(field('text'), '  Platform\nteam ')).toEqual({ ok: true, value: 'Platform team' })
  })

  it('clears the value on empty input', () => {
    for (const type of ['text', 'number', 'date', 'choice', 'boolean'] as const) expect(readFieldInput(field(type), '')).toEqual({ ok: true, value: undefined })
  })

  it('sorts choices in the field order, unknown choices last', () => {
    const criticality = field('choice', ['low', 'medium', 'high'])
    expect(['high', 'low', 'gone', 'medium'].sort((a, b) => Number(fieldSortValue(criticality, a)) - Number(fieldSortValue(criticality, b)))).toEqual(['low', 'medium', 'high', 'gone'])
    expect(fieldSortValue(field('boolean'), true)).toBe(1)
    expect(fieldSortValue(field('number'), undefined)).toBeUndefined()
  })

  it('cleans choices: no blanks, no repeats in any case', () => {
    expect(cleanChoices(['low', ' Low ', '', 'high'])).toEqual(['low', 'high'])
  })
})

describe('field filters', () => {
  it('filters numbers and dates by range, inclusive', () => {
    expect(matchesFieldFilter({ kind: 'range', min: 2, max: 4 }, 4)).toBe(true)
    expect(matchesFieldFilter({ kind: 'range', min: 2 }, 1)).toBe(false)
    expect(matchesFieldFilter({ kind: 'dates', from: '2027-01-01', to: '2027-03-31' }, '2027-03-31')).toBe(true)
    expect(matchesFieldFilter({ kind: 'dates', to: '2026-12-31' }, '2027-01-01')).toBe(false)
  })

  it('filters choices and yes/no by the values ticked, text by contents', () => {
    expect(matchesFieldFilter({ kind: 'choices', values: ['high'] }, 'high')).toBe(true)
    expect(matchesFieldFilter({ kind: 'choices', values: ['yes'] }, false)).toBe(false)
    expect(matchesFieldFilter({ kind: 'text', contains: 'PLAT' }, 'Platform team')).toBe(true)
  })

  it('lets everything through an inactive or malformed filter, and nothing without a value through an active one', () => {
    expect(matchesFieldFilter({ kind: 'choices', values: [] }, undefined)).toBe(true)
    expect(matchesFieldFilter({ kind: 'unknown' } as never, 'x')).toBe(true)
    expect(isFieldFilterActive({ kind: 'range', min: 'x' } as never)).toBe(false)
    expect(matchesFieldFilter({ kind: 'range', min: 1 }, undefined)).toBe(false)
  })
})
