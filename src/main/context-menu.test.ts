import { describe, expect, it, vi } from 'vitest'
import { contextMenuTemplate } from './context-menu'
import { DEFAULT_MENU_LABELS } from './menu'

const flags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true, canUndo: false, canRedo: false, canDelete: true, canEditRichly: false }
const params = (overrides: Partial<Parameters<typeof contextMenuTemplate>[0]> = {}) => ({ linkURL: '', isEditable: false, selectionText: '', editFlags: flags, ...overrides })
const actions = () => ({ openInBrowser: vi.fn(), copyText: vi.fn() })

describe('contextMenuTemplate', () => {
  it('offers to open or copy an http(s) link', () => {
    const act = actions()
    const items = contextMenuTemplate(params({ linkURL: 'https://headlamp.dev/' }), DEFAULT_MENU_LABELS, act)
    expect(items.map((item) => item.label)).toEqual(['Open link in browser', 'Copy link address'])
    ;(items[0].click as () => void)()
    ;(items[1].click as () => void)()
    expect(act.openInBrowser).toHaveBeenCalledWith('https://headlamp.dev/')
    expect(act.copyText).toHaveBeenCalledWith('https://headlamp.dev/')
  })

  it('offers nothing for links that are not http(s)', () => {
    expect(contextMenuTemplate(params({ linkURL: 'javascript:alert(1)' }), DEFAULT_MENU_LABELS, actions())).toEqual([])
    expect(contextMenuTemplate(params({ linkURL: 'app://sandscape/index.html#/settings' }), DEFAULT_MENU_LABELS, actions())).toEqual([])
  })

  it('offers the editing commands in a text field, enabled as the field allows', () => {
    const items = contextMenuTemplate(params({ isEditable: true, editFlags: { ...flags, canPaste: false } }), DEFAULT_MENU_LABELS, actions())
    expect(items.filter((item) => item.role).map((item) => [item.role, item.enabled])).toEqual([['cut', true], ['copy', true], ['paste', false], ['selectAll', true]])
  })

  it('offers Copy for selected text, and no menu at all elsewhere', () => {
    expect(contextMenuTemplate(params({ selectionText: 'Headlamp' }), DEFAULT_MENU_LABELS, actions()).map((item) => item.role)).toEqual(['copy'])
    expect(contextMenuTemplate(params(), DEFAULT_MENU_LABELS, actions())).toEqual([])
  })

  it('uses the labels it is given (the UI language)', () => {
    const items = contextMenuTemplate(params({ linkURL: 'https://a.example/' }), { ...DEFAULT_MENU_LABELS, openLink: 'Открыть в браузере' }, actions())
    expect(items[0].label).toBe('Открыть в браузере')
  })
})
