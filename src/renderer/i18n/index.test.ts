// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest'
import i18n, { loadLanguage, switchLanguage } from './index'
import { en } from './en'
import { ru } from './ru'

describe('the UI languages', () => {
  it('start with English only: the Russian strings are a load of their own', () => {
    expect(i18n.getFixedT('en')('projects.title')).toBe(en.projects.title)
    expect(i18n.exists('projects.title', { lng: 'ru' })).toBe(false)
  })

  it('switch once the strings are in, never to a half-translated screen', async () => {
    const switching = switchLanguage('ru')
    // Not yet: the strings are still loading, so the UI stays in English meanwhile.
    expect(i18n.language).toBe('en')
    await switching
    expect(i18n.language).toBe('ru')
    expect(i18n.t('projects.title')).toBe(ru.projects.title)
    await switchLanguage('en')
    expect(i18n.t('projects.title')).toBe(en.projects.title)
  })

  it('of quick successive switches, keep the last one', async () => {
    await Promise.all([switchLanguage('ru'), switchLanguage('en')])
    expect(i18n.language).toBe('en')
  })

  it('load a language once however often it is asked for', async () => {
    await loadLanguage('ru')
    expect(loadLanguage('ru')).toBe(loadLanguage('ru'))
  })
})

describe('a language whose strings cannot load', () => {
  it('leaves the UI in English, and is tried again at the next switch', async () => {
    vi.resetModules()
    vi.doMock('./ru', () => { throw new Error('offline') })
    const fresh = await import('./index')
    await fresh.switchLanguage('ru')
    expect(fresh.default.language).toBe('en')
    expect(fresh.default.t('projects.title')).toBe(en.projects.title)
    vi.doUnmock('./ru')
    await fresh.switchLanguage('ru')
    expect(fresh.default.language).toBe('ru')
    expect(fresh.default.t('projects.title')).toBe(ru.projects.title)
  })
})

describe("a feature's strings in a later language", () => {
  it('load with the shared ones, and a table added once the language is in loads too', async () => {
    vi.resetModules()
    const fresh = await import('./index')
    fresh.addLaterStrings('ru', async () => ({ probe: { before: 'До' } }))
    await fresh.switchLanguage('ru')
    expect(fresh.default.t('probe.before')).toBe('До')
    fresh.addLaterStrings('ru', async () => ({ probe: { after: 'После' } }))
    await fresh.loadLanguage('ru')
    expect(fresh.default.t('probe.after')).toBe('После')
  })

  it('all or none: a table that cannot load keeps the language from being switched to', async () => {
    vi.resetModules()
    const fresh = await import('./index')
    fresh.addLaterStrings('ru', () => Promise.reject(new Error('offline')))
    await fresh.switchLanguage('ru')
    expect(fresh.default.language).toBe('en')
  })
})
