import { memo } from 'react'
import { LazyTooltip } from './lazy-overlays'
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft'
import ChevronRightIcon from '@mui/icons-material/ChevronRight'
import { useTranslation } from '../i18n/useTranslation'
import type { AnyView, SidebarChild, SidebarEntry } from '../registry/view'
import { hrefTo } from '../registry/view'
import { sidebarViews } from '../registry/registry'
import { SIDEBAR } from '../theme/theme'

/**
 * The views features declared with a sidebar entry, in their order, as links, the one `view`
 * belongs to lit. Drawn again when the view (not its parameters) changes: entries that follow the
 * parameters (saved views) read the address themselves. Plain elements styled once by the theme
 * (`.sidebar*`, theme.ts): it is drawn with every start, before the first rows.
 */
export const Sidebar = memo(function Sidebar({ view: shown, collapsed, onToggle }: { view: AnyView; collapsed: boolean; onToggle: () => void }) {
  const { t } = useTranslation()
  const current = shown.parent ?? shown.id
  return (
    <nav aria-label={t('nav.label')} className="sidebar" data-collapsed={collapsed} style={{ width: collapsed ? SIDEBAR.collapsedWidth : SIDEBAR.width }}>
      <div className="sidebar-brand">
        <span aria-hidden="true" className="sidebar-logo">S</span>
        {!collapsed && <span className="sidebar-name">{t('app.name')}</span>}
      </div>
      <ul className="sidebar-list">
        {sidebarViews().map((view) => {
          const { label, icon: Icon } = view.sidebar!
          const selected = current === view.id
          const link = (
            <a
              className="sidebar-item"
              href={hrefTo(view)}
              onMouseEnter={() => void view.prefetch()}
              onFocus={() => void view.prefetch()}
              aria-current={selected ? 'page' : undefined}
              aria-label={collapsed ? t(label) : undefined}
            >
              <span className="sidebar-icon"><Icon /></span>
              {!collapsed && <span className="sidebar-label">{t(label)}</span>}
            </a>
          )
          const children = view.sidebar!.useChildren
          return (
            <li key={view.id}>
              {collapsed ? <LazyTooltip title={t(label)} placement="right">{link}</LazyTooltip> : link}
              {children && !collapsed && <SidebarChildren useChildren={children} parentLabel={t(label)} />}
            </li>
          )
        })}
      </ul>
      <div className="sidebar-footer">
        <button type="button" className="sidebar-toggle" onClick={onToggle} aria-label={t(collapsed ? 'nav.expand' : 'nav.collapse')}>
          {collapsed ? <ChevronRightIcon /> : <ChevronLeftIcon />}
        </button>
      </div>
    </nav>
  )
}, (prev, next) => prev.view === next.view && prev.collapsed === next.collapsed && prev.onToggle === next.onToggle)

/** Entries a feature lists under its own (saved views under Projects), indented, in a named list. */
function SidebarChildren({ useChildren, parentLabel }: { useChildren: NonNullable<SidebarEntry['useChildren']>; parentLabel: string }) {
  const children: readonly SidebarChild[] = useChildren()
  if (children.length === 0) return null
  return (
    <ul className="sidebar-children" aria-label={parentLabel}>
      {children.map((child) => (
        <li key={child.key}>
          <a className="sidebar-child" href={child.href} title={child.label} onClick={child.onSelect} aria-current={child.selected ? 'true' : undefined}>
            <span className="sidebar-child-label">{child.label}</span>
          </a>
        </li>
      ))}
    </ul>
  )
}
