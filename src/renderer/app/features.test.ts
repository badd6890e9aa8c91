// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import i18n, { loadLanguage } from '../i18n'
import { features } from './features'
import { detailSections, registeredViews, settingsSections, shellParts, sidebarViews } from '../registry/registry'
import { hrefTo, matchRoute } from '../registry/view'
import { en } from '../i18n/en'

describe('the composed shell', () => {
  it('takes every feature folder that declares itself', () => {
    expect(features.map((f) => f.id).sort()).toEqual(['board', 'bookmarks', 'compare', 'evaluation', 'health', 'insights', 'notes', 'palette', 'project-detail', 'projects', 'radar', 'refresh', 'settings', 'whats-new'])
  })

  it('lists the sidebar in the declared order, each label in both languages', async () => {
    // Russian's shared strings load on demand; `exists` does not fall back to English.
    await loadLanguage('ru')
    expect(sidebarViews().map((v) => v.id)).toEqual(['projects', 'compare', 'bookmarks', 'notes', 'board', 'radar', 'insights', 'whats-new', 'settings'])
    for (const view of sidebarViews()) {
      for (const lng of ['en', 'ru']) expect(i18n.exists(view.sidebar!.label, { lng }), `${view.id} in ${lng}`).toBe(true)
    }
  })

  it('routes every view back to itself from its own address', () => {
    for (const view of registeredViews()) {
      const href = view.id === 'project' ? hrefTo(view, { id: 'etcd' }) : hrefTo(view)
      expect(matchRoute(registeredViews(), href)?.view.id, href).toBe(view.id)
    }
    expect(matchRoute(registeredViews(), '#/compare?ids=headlamp,kcl')?.params).toEqual({ ids: ['headlamp', 'kcl'] })
  })

  it('puts each part of the shell and the project page where its feature asked', () => {
    expect(shellParts('top-bar-start')).toHaveLength(1)
    expect(shellParts('bottom')).toHaveLength(1)
    expect(detailSections('main').map((s) => s.id)).toEqual(['timeline', 'highlights', 'upstream', 'figures', 'health', 'facts'])
    expect(detailSections('side').map((s) => s.id)).toEqual(['your-data', 'status', 'fields', 'note', 'links'])
    expect(settingsSections().map((s) => s.id)).toEqual(['statuses', 'fields', 'radar'])
  })

  it('never lets a feature replace a shared string', () => {
    const shared = Object.keys(en)
    for (const feature of features) {
      for (const key of Object.keys(feature.messages?.en ?? {})) expect(shared, `${feature.id}: ${key}`).not.toContain(key)
    }
  })
})
