import { useCallback } from 'react'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Chip from '@mui/material/Chip'
import Typography from '@mui/material/Typography'
import { useTranslation } from 'react-i18next'
import { DEFAULT_FILTERS, EMPTY_FILTERS, FACETS, toggleFacetValue, type Facet, type FacetOption } from '../../../shared/projects/filter'
import { useUiStore } from '../../store/ui-store'
import { FacetMenu } from './FacetMenu'
import { HEALTH_FACETS, isHealthFacet } from '../../../shared/health/facets'
import { healthFacetValueLabel } from '../health/labels'
import StarIcon from '@mui/icons-material/StarBorder'
import NoteIcon from '@mui/icons-material/StickyNote2Outlined'
import ChangedIcon from '@mui/icons-material/NewReleasesOutlined'

/** Facets over the user's own data and over health figures, shown once there is something to filter by. */
const USER_FACETS: readonly Facet[] = ['lists', 'userTags', ...HEALTH_FACETS]

/** On/off filters: the user's data, and what the latest refresh changed (shown once there is some). */
const TOGGLES = [{ key: 'starred', Icon: StarIcon }, { key: 'hasNote', Icon: NoteIcon }, { key: 'changed', Icon: ChangedIcon }] as const

interface FilterBarProps {
  listNames: ReadonlyMap<string, string>
  facets: Record<Facet, FacetOption[]>
  shown: number
  total: number
  filtersActive: boolean
  /** Projects the latest refresh changed; the "changed" toggle shows only when there are some. */
  changedCount: number
  trailing?: React.ReactNode
}

export function FilterBar({ listNames, facets, shown, total, filtersActive, changedCount, trailing }: FilterBarProps) {
  const { t } = useTranslation()
  const filters = useUiStore((s) => s.filters)
  const setFilters = useUiStore((s) => s.setFilters)
  const labelOf = useCallback((facet: Facet) => (value: string) =>
    isHealthFacet(facet) ? healthFacetValueLabel(t, facet, value)
      : facet === 'maturity' ? t(`maturity.${value}`) : facet === 'lists' ? (listNames.get(value) ?? value) : value, [t, listNames])
  const titleOf = (facet: Facet) => t(isHealthFacet(facet) ? `health.facets.${facet}` : `facets.${facet}`)

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        {TOGGLES.filter(({ key }) => key !== 'changed' || changedCount > 0 || filters.changed).map(({ key, Icon }) => (
          <Chip
            key={key}
            label={key === 'changed' ? `${t('filters.changed')} · ${changedCount}` : t(`filters.${key}`)}
            icon={<Icon fontSize="small" />}
            color={filters[key] ? 'primary' : 'default'}
            variant={filters[key] ? 'filled' : 'outlined'}
            onClick={() => setFilters((f) => ({ ...f, [key]: !f[key] }))}
            aria-pressed={filters[key]}
          />
        ))}
        {FACETS.filter((facet) => facets[facet].length > 0 || filters[facet].length > 0 || !USER_FACETS.includes(facet)).map((facet) => (
          <FacetMenu
            key={facet}
            facet={facet}
            options={facets[facet]}
            selected={filters[facet]}
            onToggle={(value) => setFilters((f) => toggleFacetValue(f, facet, value))}
            labelOf={labelOf(facet)}
            title={titleOf(facet)}
          />
        ))}
        <Button size="small" onClick={() => setFilters(EMPTY_FILTERS)} disabled={!filtersActive}>{t('projects.clearFilters')}</Button>
        <Button size="small" color="inherit" onClick={() => setFilters(DEFAULT_FILTERS)}>{t('projects.resetFilters')}</Button>
        <Box sx={{ flex: 1 }} />
        <Typography variant="body2" color="text.secondary" role="status" aria-live="polite" data-testid="project-count">
          {t('projects.count', { count: shown, total })}
        </Typography>
        {trailing}
      </Box>
      {filtersActive && (
        <Box sx={{ display: 'flex', gap: 0.75, flexWrap: 'wrap' }} aria-label={t('projects.clearFilters')}>
          {FACETS.flatMap((facet) => filters[facet].map((value) => (
            <Chip
              key={`${facet}:${value}`}
              size="small"
              label={`${titleOf(facet)}: ${labelOf(facet)(value)}`}
              onDelete={() => setFilters((f) => toggleFacetValue(f, facet, value))}
            />
          )))}
        </Box>
      )}
    </Box>
  )
}
