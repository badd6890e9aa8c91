import { memo } from 'react'
import Box from '@mui/material/Box'
import List from '@mui/material/List'
import ListItemButton from '@mui/material/ListItemButton'
import ListItemIcon from '@mui/material/ListItemIcon'
import ListItemText from '@mui/material/ListItemText'
import { LazyTooltip } from './lazy-overlays'
import IconButton from '@mui/material/IconButton'
import Typography from '@mui/material/Typography'
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
 * parameters (saved views) read the address themselves.
 */
export const Sidebar = memo(function Sidebar({ view: shown, collapsed, onToggle }: { view: AnyView; collapsed: boolean; onToggle: () => void }) {
  const { t } = useTranslation()
  const current = shown.parent ?? shown.id
  return (
    <Box
      component="nav"
      aria-label={t('nav.label')}
      sx={{
        width: collapsed ? SIDEBAR.collapsedWidth : SIDEBAR.width, flex: 'none', bgcolor: SIDEBAR.background, color: SIDEBAR.text,
        display: 'flex', flexDirection: 'column', transition: 'width 120ms ease', overflow: 'hidden',
      }}
    >
      <Box sx={{ height: 52, display: 'flex', alignItems: 'center', gap: 1.25, px: 2, flex: 'none' }}>
        <Box aria-hidden="true" sx={{ width: 26, height: 26, borderRadius: '7px', flex: 'none', background: 'linear-gradient(135deg,#4fc3f7,#5e35b1)', display: 'grid', placeItems: 'center', fontWeight: 800, fontSize: 14, color: '#fff' }}>S</Box>
        {!collapsed && <Typography component="span" sx={{ fontWeight: 700, fontSize: 16, letterSpacing: 0.2 }}>{t('app.name')}</Typography>}
      </Box>
      <List dense sx={{ flex: 1, py: 0.5 }}>
        {sidebarViews().map((view) => {
          const { label, icon: Icon } = view.sidebar!
          const selected = current === view.id
          const button = (
            <ListItemButton
              component="a"
              href={hrefTo(view)}
              onMouseEnter={() => void view.prefetch()}
              onFocus={() => void view.prefetch()}
              selected={selected}
              aria-current={selected ? 'page' : undefined}
              aria-label={collapsed ? t(label) : undefined}
              sx={{
                mx: 1, my: 0.25, borderRadius: 1, minHeight: 38, color: selected ? '#fff' : SIDEBAR.text,
                '&:hover': { bgcolor: SIDEBAR.backgroundHover },
                '&.Mui-selected, &.Mui-selected:hover': { bgcolor: SIDEBAR.selected },
                '&.Mui-focusVisible': { outline: '2px solid #6cb4ff', outlineOffset: -2 },
              }}
            >
              <ListItemIcon sx={{ minWidth: collapsed ? 0 : 36, color: selected ? '#6cb4ff' : SIDEBAR.mutedText }}><Icon /></ListItemIcon>
              {!collapsed && <ListItemText primary={t(label)} slotProps={{ primary: { sx: { fontSize: 13.5, fontWeight: selected ? 600 : 500 } } }} />}
            </ListItemButton>
          )
          const children = view.sidebar!.useChildren
          return (
            <li key={view.id} style={{ listStyle: 'none' }}>
              {collapsed ? <LazyTooltip title={t(label)} placement="right">{button}</LazyTooltip> : button}
              {children && !collapsed && <SidebarChildren useChildren={children} parentLabel={t(label)} />}
            </li>
          )
        })}
      </List>
      <Box sx={{ p: 1, display: 'flex', justifyContent: collapsed ? 'center' : 'flex-end' }}>
        <IconButton size="small" onClick={onToggle} aria-label={t(collapsed ? 'nav.expand' : 'nav.collapse')} sx={{ color: SIDEBAR.mutedText }}>
          {collapsed ? <ChevronRightIcon /> : <ChevronLeftIcon />}
        </IconButton>
      </Box>
    </Box>
  )
}, (prev, next) => prev.view === next.view && prev.collapsed === next.collapsed && prev.onToggle === next.onToggle)

/** Entries a feature lists under its own (saved views under Projects), indented, in a named list. */
function SidebarChildren({ useChildren, parentLabel }: { useChildren: NonNullable<SidebarEntry['useChildren']>; parentLabel: string }) {
  const children: readonly SidebarChild[] = useChildren()
  if (children.length === 0) return null
  return (
    <List dense disablePadding aria-label={parentLabel} sx={{ pb: 0.5 }}>
      {children.map((child) => (
        <ListItemButton
          key={child.key}
          component="a"
          href={child.href}
          title={child.label}
          onClick={child.onSelect}
          selected={child.selected}
          aria-current={child.selected ? 'true' : undefined}
          sx={{
            ml: 5.5, mr: 1, my: 0.125, borderRadius: 1, minHeight: 30, py: 0.25, color: child.selected ? '#fff' : SIDEBAR.text,
            '&:hover': { bgcolor: SIDEBAR.backgroundHover },
            '&.Mui-selected, &.Mui-selected:hover': { bgcolor: SIDEBAR.selected },
            '&.Mui-focusVisible': { outline: '2px solid #6cb4ff', outlineOffset: -2 },
          }}
        >
          <ListItemText primary={child.label} slotProps={{ primary: { noWrap: true, sx: { fontSize: 12.5, fontWeight: child.selected ? 600 : 400 } } }} />
        </ListItemButton>
      ))}
    </List>
  )
}
