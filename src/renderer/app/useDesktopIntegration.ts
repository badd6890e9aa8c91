import { useEffect } from 'react'
import { useTranslation } from '../i18n/useTranslation'
import type { MenuCommand, MenuLabels } from '../../shared/ipc/contract'
import { MENU_LABEL_KEYS } from '../../shared/ipc/menu-labels'
import { getBridge, isDesktop } from '../bridge'
import { printCurrentView } from '../components/print/print-view'
import { startRefresh } from '../features/refresh/refresh-controller'
import { sidebarViews } from '../registry/registry'
import { hrefTo } from '../registry/view'
import { usePaletteStore } from '../store/palette-store'
import { useNoticeStore } from '../store/notice-store'
import i18n from '../i18n'

/** What the application menu's actions do in the page. */
async function runMenuCommand(command: MenuCommand): Promise<void> {
  const show = useNoticeStore.getState().show
  switch (command) {
    case 'print': {
      const result = await printCurrentView()
      if (!result) show(i18n.t('print.nothing'), 'info')
      else if (result.saved && result.path) show(i18n.t('print.savedTo', { path: result.path }), 'success')
      else if (result.error) show(result.error, 'error')
      return
    }
    case 'refresh':
      return startRefresh()
    case 'find': {
      // The Projects view's own search field when it is on screen; elsewhere the command palette.
      const search = document.querySelector<HTMLInputElement>('main [role="search"] input')
      if (!search) return usePaletteStore.getState().setOpen(true)
      search.focus()
      search.select()
      return
    }
    case 'back':
      return window.history.back()
    case 'forward':
      return window.history.forward()
  }
}

/**
 * The desktop shell around the page: the application menu lists the sidebar's views in the UI
 * language, and main's events (menu commands, sandscape:// links, notices) act here. Does
 * nothing in the web build.
 */
export function useDesktopIntegration(): void {
  const { t, i18n: { language } } = useTranslation()

  useEffect(() => {
    if (!isDesktop()) return
    const bridge = getBridge()
    const stops = [
      bridge.on('navigate', ({ hash }) => { if (window.location.hash !== hash) window.location.hash = hash }),
      bridge.on('menuCommand', ({ command }) => void runMenuCommand(command)),
      bridge.on('notice', ({ link }) => useNoticeStore.getState().show(i18n.t('desktop.deepLinkRefused', { link }), 'warning')),
    ]
    // Listening now: main sends what waited (a link that started the app).
    void bridge.shellReady()
    return () => stops.forEach((stop) => stop())
  }, [])

  useEffect(() => {
    if (!isDesktop()) return
    const views = sidebarViews().map((view) => ({ id: view.id, label: t(view.sidebar!.label), hash: hrefTo(view) }))
    const labels = Object.fromEntries(MENU_LABEL_KEYS.map((key) => [key, t(`desktop.menu.${key}`)])) as MenuLabels
    void getBridge().setMenu({ views, labels })
  }, [t, language])
}
