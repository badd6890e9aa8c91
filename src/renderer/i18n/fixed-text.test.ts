import { describe, expect, it, vi } from 'vitest'
import type { TFunction } from 'i18next'
import { fixedText } from './fixed-text'

const fakeT = (words: Record<string, string>) => vi.fn((key: string) => words[key] ?? key) as unknown as TFunction & ReturnType<typeof vi.fn>

describe('fixed texts', () => {
  it('asks `t` once per key, however often the text is wanted', () => {
    const t = fakeT({ 'maturity.sandbox': 'Sandbox' })
    for (let i = 0; i < 50; i++) expect(fixedText(t, 'maturity.sandbox')).toBe('Sandbox')
    expect(t).toHaveBeenCalledTimes(1)
  })

  it('asks again with a new `t` (another language, or strings added)', () => {
    const en = fakeT({ 'maturity.sandbox': 'Sandbox' })
    const ru = fakeT({ 'maturity.sandbox': 'Песочница' })
    expect(fixedText(en, 'maturity.sandbox')).toBe('Sandbox')
    expect(fixedText(ru, 'maturity.sandbox')).toBe('Песочница')
    expect(fixedText(en, 'maturity.sandbox')).toBe('Sandbox')
  })
})
