import type { ReactElement } from 'react'
import Box from '@mui/material/Box'
import List from '@mui/material/List'
import ListItemButton from '@mui/material/ListItemButton'
import ListItemIcon from '@mui/material/ListItemIcon'
import ListItemText from '@mui/material/ListItemText'
import Tooltip from '@mui/material/Tooltip'
import IconButton from '@mui/material/IconButton'
import Typography from '@mui/material/Typography'
import ViewListIcon from '@mui/icons-material/ViewListOutlined'
import CompareIcon from '@mui/icons-material/CompareArrowsOutlined'
import StarIcon from '@mui/icons-material/StarBorderOutlined'
import NotesIcon from '@mui/icons-material/StickyNote2Outlined'
import NewIcon from '@mui/icons-material/NewReleasesOutlined'
import SettingsIcon from '@mui/icons-material/SettingsOutlined'
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft'
import ChevronRightIcon from '@mui/icons-material/ChevronRight'
import { useTranslation } from 'react-i18next'
import { routeHref, type Route, type TopLevelView } from '../router/routes'
import { SIDEBAR } from '../theme/theme'

/** The views in the sidebar, in order; the desktop menu lists the same (app/useDesktopIntegration.ts). */
export const SIDEBAR_ITEMS: { view: TopLevelView; label: string; icon: ReactElement }[] = [
  { view: 'projects', label: 'nav.projects', icon: <ViewListIcon /> },
  { view: 'compare', label: 'nav.compare', icon: <CompareIcon /> },
  { view: 'bookmarks', label: 'nav.bookmarks', icon: <StarIcon /> },
  { view: 'notes', label: 'nav.notes', icon: <NotesIcon /> },
  { view: 'whats-new', label: 'nav.whatsNew', icon: <NewIcon /> },
  { view: 'settings', label: 'nav.settings', icon: <SettingsIcon /> },
]

export function Sidebar({ route, collapsed, onToggle }: { route: Route; collapsed: boolean; onToggle: () => void }) {
  const { t } = useTranslation()
  const current = route.view === 'project' ? 'projects' : route.view
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
        {SIDEBAR_ITEMS.map((item) => {
          const selected = current === item.view
          const button = (
            <ListItemButton
              key={item.view}
              component="a"
              href={routeHref({ view: item.view })}
              selected={selected}
              aria-current={selected ? 'page' : undefined}
              aria-label={collapsed ? t(item.label) : undefined}
              sx={{
                mx: 1, my: 0.25, borderRadius: 1, minHeight: 38, color: selected ? '#fff' : SIDEBAR.text,
                '&:hover': { bgcolor: SIDEBAR.backgroundHover },
                '&.Mui-selected, &.Mui-selected:hover': { bgcolor: SIDEBAR.selected },
                '&.Mui-focusVisible': { outline: '2px solid #6cb4ff', outlineOffset: -2 },
              }}
            >
              <ListItemIcon sx={{ minWidth: collapsed ? 0 : 36, color: selected ? '#6cb4ff' : SIDEBAR.mutedText }}>{item.icon}</ListItemIcon>
              {!collapsed && <ListItemText primary={t(item.label)} slotProps={{ primary: { sx: { fontSize: 13.5, fontWeight: selected ? 600 : 500 } } }} />}
            </ListItemButton>
          )
          return collapsed ? <Tooltip key={item.view} title={t(item.label)} placement="right">{button}</Tooltip> : button
        })}
      </List>
      <Box sx={{ p: 1, display: 'flex', justifyContent: collapsed ? 'center' : 'flex-end' }}>
        <IconButton size="small" onClick={onToggle} aria-label={t(collapsed ? 'nav.expand' : 'nav.collapse')} sx={{ color: SIDEBAR.mutedText }}>
          {collapsed ? <ChevronRightIcon /> : <ChevronLeftIcon />}
        </IconButton>
      </Box>
    </Box>
  )
}
