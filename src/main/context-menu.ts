import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron'
import type { MenuLabels } from '../shared/ipc/contract'
import { isHttpUrl } from '../shared/url'

export interface ContextMenuActions {
  openInBrowser: (url: string) => void
  copyText: (text: string) => void
}

type Params = Pick<ContextMenuParams, 'linkURL' | 'isEditable' | 'selectionText' | 'editFlags'>

/**
 * The right-click menu: for a link, open it in the browser or copy its address; in a text
 * field, cut, copy, paste and select all; on selected text, copy. Empty elsewhere (no menu).
 */
export function contextMenuTemplate(params: Params, labels: MenuLabels, actions: ContextMenuActions): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = []
  if (isHttpUrl(params.linkURL)) {
    const url = params.linkURL
    items.push(
      { label: labels.openLink, click: () => actions.openInBrowser(url) },
      { label: labels.copyLink, click: () => actions.copyText(url) },
    )
  }
  if (params.isEditable) {
    if (items.length) items.push({ type: 'separator' })
    items.push(
      { role: 'cut', label: labels.cut, enabled: params.editFlags.canCut },
      { role: 'copy', label: labels.copy, enabled: params.editFlags.canCopy },
      { role: 'paste', label: labels.paste, enabled: params.editFlags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', label: labels.selectAll, enabled: params.editFlags.canSelectAll },
    )
  } else if (params.selectionText.trim()) {
    if (items.length) items.push({ type: 'separator' })
    items.push({ role: 'copy', label: labels.copy })
  }
  return items
}
