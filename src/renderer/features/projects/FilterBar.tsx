import { lazy, memo, Suspense, useCallback, useMemo, type ReactNode } from 'react'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Chip from '@mui/material/Chip'
import { useTranslation } from '../../i18n/useTranslation'
import { DATE_FIELDS, isOpenRange, type DateRange, type DateRanges } from '../../../shared/projects/dates'
import { DEFAULT_FILTERS, EMPTY_FILTERS, FACETS, hasValueFilters, toggleFacetValue, type Facet, type FacetOption, type ProjectFilters, type Toggle } from '../../../shared/projects/filter'
import { FacetMenu, FacetOptionsContext } from './FacetMenu'
import { DateFilter, QuickPicks, useRangeLabel } from './DateFilter'
import { facetTitle, useFacetValueLabel } from './labels'
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

// The evaluation's filters (and their forms) load once the user has statuses or fields to filter by.
const EvaluationFilters = lazy(() => import('../evaluation/EvaluationFilters').then((m) => ({ default: m.EvaluationFilters })))

type FiltersChange = (update: (filters: ProjectFilters) => ProjectFilters) => void

interface FilterBarProps {
  filters: ProjectFilters
  /** Stable across renders: the controls below skip re-rendering while the search is typed. */
  onChange: FiltersChange
  listNames: ReadonlyMap<string, string>
  facets: Record<Facet, FacetOption[]>
  /** The facets with anything to choose from: the others that only show when filled stay hidden. */
  facetsWithOptions: ReadonlySet<Facet>
  shown: number
  total: number
  filtersActive: boolean
  /** Projects the latest refresh changed; the "changed" toggle shows only when there are some. */
  changedCount: number
  /** Statuses and fields, for the evaluation filters. */
  evaluation: EvaluationIndex
  /** Before the filters: the view's search field. */
  leading?: ReactNode
  /** Before the count: what goes with the search (the Relevance chip). */
  trailing?: ReactNode
}

/**
 * The filters over the rows: the search (the caller's), on/off filters, facets, dates and the
 * evaluation's filters, the count, and the filters in use as chips. Counts change on every
 * keystroke; the controls, which do not show them, are memoised apart and skip those renders.
 */
export function FilterBar({ filters, onChange, listNames, facets, facetsWithOptions, shown, total, filtersActive, changedCount, evaluation, leading, trailing }: FilterBarProps) {
  const { t } = useTranslation()
  // Which facets have values: the same list while counts change, so the controls keep their props.
  const filledKey = FACETS.filter((facet) => !SHOWN_WHEN_FILLED.has(facet) || facetsWithOptions.has(facet)).join()
  const filled = useMemo(() => new Set(filledKey.split(',')) as ReadonlySet<string>, [filledKey])
  // The search is typed into these filters too: what only it changes (whether any filter is on)
  // stays out of the memoised controls, so a keystroke does not draw them again.
  const controls = { filters, onChange, listNames, filled, changedCount, evaluation }
  return (
    <FacetOptionsContext.Provider value={facets}>
      {/* Plain boxes: this renders on every keystroke, the controls inside are memoised. */}
      <div style={COLUMN}>
        <div style={LINE}>
          {leading}
          <FilterControls {...controls} />
          <FilterResets onChange={onChange} filtersActive={filtersActive} />
          {/* The chip and the count keep together at the end of the line, whatever wraps. */}
          <div style={END}>
            {trailing}
            <p className="filter-count" role="status" aria-live="polite" data-testid="project-count">
              {t('projects.count', { shown, count: total })}
            </p>
          </div>
        </div>
        <ActiveFilters {...controls} />
      </div>
    </FacetOptionsContext.Provider>
  )
}

// MUI's spacing (8 px a unit), as the Boxes these replace had it.
const COLUMN = { display: 'flex', flexDirection: 'column', gap: 8 } as const
const LINE = { display: 'flex', alignItems: 'center', gap: 6, flexWrap: 'wrap' } as const
const END = { display: 'flex', alignItems: 'center', gap: 8, marginLeft: 'auto' } as const

/** Clearing and resetting the filters: drawn again only when whether any filter is on changes. */
const FilterResets = memo(function FilterResets({ onChange, filtersActive }: { onChange: FiltersChange; filtersActive: boolean }) {
  const { t } = useTranslation()
  return (
    <>
      <Button size="small" onClick={() => onChange(() => EMPTY_FILTERS)} disabled={!filtersActive}>{t('projects.clearFilters')}</Button>
      <Button size="small" color="inherit" onClick={() => onChange(() => DEFAULT_FILTERS)}>{t('projects.resetFilters')}</Button>
    </>
  )
})

interface ControlsProps {
  filters: ProjectFilters
  onChange: FiltersChange
  listNames: ReadonlyMap<string, string>
  /** The facets to show (those with values, and the ones always shown). */
  filled: ReadonlySet<string>
  changedCount: number
  evaluation: EvaluationIndex
}

/** Equal but for the search: the filters' parts keep their identity when unchanged (view-state.ts). */
function sameButQuery(prev: ControlsProps, next: ControlsProps): boolean {
  for (const key of Object.keys(next) as (keyof ControlsProps)[]) {
    if (key === 'filters') continue
    if (prev[key] !== next[key]) return false
  }
  const a = prev.filters as unknown as Record<string, unknown>
  const b = next.filters as unknown as Record<string, unknown>
  return Object.keys(b).every((key) => key === 'query' || a[key] === b[key])
}

const FilterControls = memo(function FilterControls({ filters, onChange, listNames, filled, changedCount, evaluation }: ControlsProps) {
  const { t } = useTranslation()
  const labelOf = useFacetValueLabel(listNames)
  const onToggle = useCallback((facet: Facet, value: string) => onChange((f) => toggleFacetValue(f, facet, value)), [onChange])
  const onDates = useCallback((dates: DateRanges) => onChange((f) => ({ ...f, dates })), [onChange])
  return (
    <>
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
      {FACETS.filter((facet) => filled.has(facet) || filters[facet].length > 0).map((facet) => (
        <FacetMenu key={facet} facet={facet} title={facetTitle(t, facet)} selected={filters[facet]} onToggle={onToggle} labelOf={labelOf} />
      ))}
      <DateFilter dates={filters.dates} onChange={onDates} />
      {(evaluation.changedAt.size > 0 || evaluation.fields.length > 0) && (
        <Suspense fallback={null}><EvaluationFilters index={evaluation} filters={filters} onChange={onChange} /></Suspense>
      )}
    </>
  )
}, sameButQuery)

const ActiveFilters = memo(function ActiveFilters({ filters, onChange, listNames }: ControlsProps) {
  const { t } = useTranslation()
  const rangeLabel = useRangeLabel()
  const labelOf = useFacetValueLabel(listNames)
  const onAccepted = useCallback((accepted: DateRange | undefined) => onChange((f) => ({ ...f, dates: { ...f.dates, accepted } })), [onChange])
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75, flexWrap: 'wrap' }}>
      <QuickPicks field="accepted" range={filters.dates.accepted} onChange={onAccepted} />
      {hasValueFilters(filters) && (
        <Box role="group" aria-label={t('projectsView.activeFilters')} sx={{ display: 'contents' }}>
          {FACETS.flatMap((facet) => filters[facet].map((value) => (
            <Chip
              key={`${facet}:${value}`}
              size="small"
              label={`${facetTitle(t, facet)}: ${labelOf(facet, value)}`}
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
  )
}, sameButQuery)
