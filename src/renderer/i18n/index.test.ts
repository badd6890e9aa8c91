// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import i18n, { loadLanguage, switchLanguage } from './index'
import { en } from './en'
import { ru } from './ru'

describe('the UI languages', () => {
  it('start with English only: the Russian strings are a load of their own', () => {
    expect(i18n.getResource('en', 'translation', 'projects.title')).toBe(en.projects.title)
    expect(i18n.getResource('ru', 'translation', 'projects.title')).toBeUndefined()
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
