import { useCallback } from 'react'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Chip from '@mui/material/Chip'
import Typography from '@mui/material/Typography'
import { useTranslation } from 'react-i18next'
import { DATE_FIELDS, isOpenRange } from '../../../shared/projects/dates'
import { DEFAULT_FILTERS, EMPTY_FILTERS, FACETS, toggleFacetValue, type Facet, type FacetOption, type ProjectFilters, type Toggle } from '../../../shared/projects/filter'
import { FacetMenu } from './FacetMenu'
import { DateFilter, QuickPicks, useRangeLabel } from './DateFilter'
import { facetTitle, useFacetValueLabel } from './labels'
import { EvaluationFilters } from '../evaluation/EvaluationFilters'
import type { EvaluationIndex } from '../../../shared/evaluation/filter'
import StarIcon from '@mui/icons-material/StarBorder'
import NoteIcon from '@mui/icons-material/StickyNote2Outlined'
import ChangedIcon from '@mui/icons-material/NewReleasesOutlined'

/** Facets shown only once they have values: the user's own data, and figures a refresh brings (health ones too). */
const SHOWN_WHEN_FILLED: ReadonlySet<Facet> = new Set([
  'lists', 'userTags', 'status', 'license', 'language', 'advisoryGroup', 'clomonitorRating', 'failsCheck', 'badgeLevel', 'trend',
])

/** On/off filters: the user's data, and what the latest refresh changed (shown once there is some). */
const TOGGLE_CHIPS: readonly { key: Toggle; Icon: typeof StarIcon }[] = [{ key: 'starred', Icon: StarIcon }, { key: 'hasNote', Icon: NoteIcon }, { key: 'changed', Icon: ChangedIcon }]

interface FilterBarProps {
  filters: ProjectFilters
  onChange: (update: (filters: ProjectFilters) => ProjectFilters) => void
  listNames: ReadonlyMap<string, string>
  facets: Record<Facet, FacetOption[]>
  shown: number
  total: number
  filtersActive: boolean
  /** Projects the latest refresh changed; the "changed" toggle shows only when there are some. */
  changedCount: number
  /** Statuses and fields, for the evaluation filters. */
  evaluation: EvaluationIndex
}

export function FilterBar({ filters, onChange, listNames, facets, shown, total, filtersActive, changedCount, evaluation }: FilterBarProps) {
  const { t } = useTranslation()
  const rangeLabel = useRangeLabel()
  const valueLabel = useFacetValueLabel(listNames)
  const labelOf = useCallback((facet: Facet) => (value: string) => valueLabel(facet, value), [valueLabel])
  const shownFacets = FACETS.filter((facet) => !SHOWN_WHEN_FILLED.has(facet) || facets[facet].length > 0 || filters[facet].length > 0)

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75, flexWrap: 'wrap' }}>
        {TOGGLE_CHIPS.filter(({ key }) => key !== 'changed' || changedCount > 0 || filters.changed).map(({ key, Icon }) => (
          <Chip
            key={key}
            label={key === 'changed' ? `${t('filters.changed')} · ${changedCount}` : t(`filters.${key}`)}
            icon={<Icon fontSize="small" />}
            color={filters[key] ? 'primary' : 'default'}
            variant={filters[key] ? 'filled' : 'outlined'}
            onClick={() => onChange((f) => ({ ...f, [key]: !f[key] }))}
            aria-pressed={filters[key]}
          />
        ))}
        {shownFacets.map((facet) => (
          <FacetMenu
            key={facet}
            title={facetTitle(t, facet)}
            options={facets[facet]}
            selected={filters[facet]}
            onToggle={(value) => onChange((f) => toggleFacetValue(f, facet, value))}
            labelOf={labelOf(facet)}
          />
        ))}
        <DateFilter dates={filters.dates} onChange={(dates) => onChange((f) => ({ ...f, dates }))} />
        <EvaluationFilters index={evaluation} filters={filters} onChange={onChange} />
        <Button size="small" onClick={() => onChange(() => EMPTY_FILTERS)} disabled={!filtersActive}>{t('projects.clearFilters')}</Button>
        <Button size="small" color="inherit" onClick={() => onChange(() => DEFAULT_FILTERS)}>{t('projects.resetFilters')}</Button>
        <Box sx={{ flex: 1 }} />
        <Typography variant="body2" color="text.secondary" role="status" aria-live="polite" data-testid="project-count">
          {t('projects.count', { count: shown, total })}
        </Typography>
      </Box>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75, flexWrap: 'wrap' }}>
        <QuickPicks field="accepted" range={filters.dates.accepted} onChange={(accepted) => onChange((f) => ({ ...f, dates: { ...f.dates, accepted } }))} />
        {filtersActive && (
          <Box role="group" aria-label={t('projectsView.activeFilters')} sx={{ display: 'contents' }}>
            {FACETS.flatMap((facet) => filters[facet].map((value) => (
              <Chip
                key={`${facet}:${value}`}
                size="small"
                label={`${facetTitle(t, facet)}: ${labelOf(facet)(value)}`}
                onDelete={() => onChange((f) => toggleFacetValue(f, facet, value))}
              />
            )))}
            {DATE_FIELDS.filter((field) => !isOpenRange(filters.dates[field])).map((field) => (
              <Chip
                key={`date:${field}`}
                size="small"
                label={`${t(`projectsView.dates.${field}`)}: ${rangeLabel(filters.dates[field]!)}`}
                onDelete={() => onChange((f) => ({ ...f, dates: { ...f.dates, [field]: undefined } }))}
              />
            ))}
          </Box>
        )}
      </Box>
    </Box>
  )
}
