import { useState } from 'react'
import Button from '@mui/material/Button'
import ListItemText from '@mui/material/ListItemText'
import MenuItem from '@mui/material/MenuItem'
import ToggleButton from '@mui/material/ToggleButton'
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup'
import TableIcon from '@mui/icons-material/TableRowsOutlined'
import CardsIcon from '@mui/icons-material/GridViewOutlined'
import GroupIcon from '@mui/icons-material/AccountTreeOutlined'
import CheckIcon from '@mui/icons-material/Check'
import SortIcon from '@mui/icons-material/Sort'
import ArrowDownIcon from '@mui/icons-material/ArrowDownward'
import ArrowUpIcon from '@mui/icons-material/ArrowUpward'
import { LazyMenu } from '../../components/lazy-overlays'
import { useTranslation } from '../../i18n/useTranslation'
import { GROUP_KEYS, type GroupKey } from '../../../shared/projects/group'
import type { Layout, SortEntry } from '../../../shared/projects/view-query'

const LAYOUT_ICONS: Record<Layout, typeof TableIcon> = { table: TableIcon, cards: CardsIcon }

/** Table or cards. */
export function LayoutToggle({ layout, onChange }: { layout: Layout; onChange: (layout: Layout) => void }) {
  const { t } = useTranslation()
  return (
    <ToggleButtonGroup size="small" exclusive value={layout} onChange={(_, next: Layout | null) => { if (next) onChange(next) }} aria-label={t('projectsView.layout')}>
      {(Object.keys(LAYOUT_ICONS) as Layout[]).map((value) => {
        const Icon = LAYOUT_ICONS[value]
        return (
          <ToggleButton key={value} value={value} aria-label={t(`projectsView.layouts.${value}`)} sx={{ gap: 0.5, px: 1, py: 0.25, textTransform: 'none' }}>
            <Icon fontSize="small" />{t(`projectsView.layouts.${value}`)}
          </ToggleButton>
        )
      })}
    </ToggleButtonGroup>
  )
}

/** "Group by": none or one of the groupings (shared/projects/group.ts), as radio items. */
export function GroupByMenu({ groupBy, onChange }: { groupBy: GroupKey | undefined; onChange: (groupBy: GroupKey | undefined) => void }) {
  const { t } = useTranslation()
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  const choose = (next: GroupKey | undefined) => { setAnchor(null); onChange(next) }
  const options: (GroupKey | undefined)[] = [undefined, ...GROUP_KEYS]
  return (
    <>
      <Button
        size="small"
        color={groupBy ? 'primary' : 'inherit'}
        startIcon={<GroupIcon />}
        onClick={(e) => setAnchor(e.currentTarget)}
        aria-haspopup="menu"
        aria-expanded={anchor !== null}
      >
        {groupBy ? t('projectsView.groupedBy', { group: t(`projectsView.groups.${groupBy}`) }) : t('projectsView.groupBy')}
      </Button>
      <LazyMenu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {options.map((option) => (
          <MenuItem key={option ?? 'none'} dense role="menuitemradio" aria-checked={groupBy === option} onClick={() => choose(option)}>
            <CheckIcon fontSize="small" sx={{ mr: 1, visibility: groupBy === option ? 'visible' : 'hidden' }} aria-hidden="true" />
            <ListItemText>{t(option ? `projectsView.groups.${option}` : 'projectsView.groups.none')}</ListItemText>
          </MenuItem>
        ))}
      </LazyMenu>
    </>
  )
}

interface SortMenuProps {
  sorting: readonly SortEntry[]
  /** Sortable columns, in the table's order, with their names and first direction. */
  columns: readonly { id: string; label: string; descFirst: boolean }[]
  onChange: (sorting: SortEntry[]) => void
  /** While a query is typed: whether the cards are ranked by relevance, and how to rank them again. */
  relevance?: { on: boolean; choose: () => void }
}

/**
 * The sort without column headers (the cards layout): a column sorts in its natural first
 * direction (newest date, longest time first); choosing it again reverses it.
 */
export function SortMenu({ sorting, columns, onChange, relevance }: SortMenuProps) {
  const { t } = useTranslation()
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  const ranked = relevance?.on === true
  // Ranked by relevance, no column is the one sorting.
  const current = ranked ? undefined : sorting[0]
  const currentLabel = columns.find((c) => c.id === current?.id)?.label ?? current?.id ?? ''
  const Arrow = current?.desc ? ArrowDownIcon : ArrowUpIcon
  const choose = (column: SortMenuProps['columns'][number]) => {
    setAnchor(null)
    onChange([{ id: column.id, desc: current?.id === column.id ? !current.desc : column.descFirst }])
  }
  return (
    <>
      <Button
        size="small"
        color="inherit"
        startIcon={<SortIcon />}
        endIcon={current ? <Arrow fontSize="small" /> : undefined}
        onClick={(e) => setAnchor(e.currentTarget)}
        aria-haspopup="menu"
        aria-expanded={anchor !== null}
        aria-label={current ? t(current.desc ? 'projectsView.sortedDesc' : 'projectsView.sortedAsc', { column: currentLabel }) : ranked ? t('projectsView.sortedByRelevance') : t('projectsView.sort')}
      >
        {current ? t('projectsView.sortedBy', { column: currentLabel }) : ranked ? t('projectsView.sortedByRelevance') : t('projectsView.sort')}
      </Button>
      <LazyMenu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {relevance && (
          <MenuItem dense role="menuitemradio" aria-checked={ranked} onClick={() => { setAnchor(null); relevance.choose() }}>
            <CheckIcon fontSize="small" sx={{ mr: 1, visibility: ranked ? 'visible' : 'hidden' }} aria-hidden="true" />
            <ListItemText>{t('projectsView.relevance')}</ListItemText>
          </MenuItem>
        )}
        {columns.map((column) => (
          <MenuItem key={column.id} dense role="menuitemradio" aria-checked={current?.id === column.id} onClick={() => choose(column)}>
            <CheckIcon fontSize="small" sx={{ mr: 1, visibility: current?.id === column.id ? 'visible' : 'hidden' }} aria-hidden="true" />
            <ListItemText>{column.label}</ListItemText>
          </MenuItem>
        ))}
      </LazyMenu>
    </>
  )
}
