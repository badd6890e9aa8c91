import { useCallback } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import type { TFunction } from '../../i18n/translator'
import { useLandscapeLabels } from '../../i18n/useLandscapeLabels'
import { useStatusLabels } from '../evaluation/labels'
import type { Facet } from '../../../shared/projects/filter'
import type { GroupKey } from '../../../shared/projects/group'
import { HEALTH_COLUMN_IDS } from './column-ids'

/** "app-delivery" → "App Delivery": a TAG's short name as its group calls itself. */
export function advisoryGroupLabel(name: string): string {
  return name.split('-').map((word) => (word ? word[0].toUpperCase() + word.slice(1) : word)).join(' ')
}

/** Facets named in the shared strings (`facets.*`); the ones this view added are under `projectsView.facets.*`. */
const SHARED_FACET_NAMES: ReadonlySet<Facet> = new Set(['maturity', 'category', 'subcategory', 'year', 'entry', 'intake', 'tags', 'lists', 'userTags', 'status'])

/** Facets over health figures (issue 14): named, and their values, in the health feature's strings (`health.*`). */
const HEALTH_FACETS: ReadonlySet<Facet> = new Set(['clomonitorRating', 'failsCheck', 'badgeLevel', 'trend'])

export function facetTitle(t: TFunction, facet: Facet): string {
  if (HEALTH_FACETS.has(facet)) return t(`health.facets.${facet}`)
  return t(SHARED_FACET_NAMES.has(facet) ? `facets.${facet}` : `projectsView.facets.${facet}`)
}

/** A health facet's value: "A (75–100)", "Security policy (SECURITY.md)", "Silver", "Declining". */
function healthFacetValueLabel(t: TFunction, facet: Facet, value: string): string {
  const key = facet === 'clomonitorRating' ? 'ratingBands' : facet === 'failsCheck' ? 'checks' : facet === 'badgeLevel' ? 'badges' : `facetValues.${facet}`
  // A check CLOMonitor added after this version shows as its id.
  return t(`health.${key}.${value}`, { defaultValue: value })
}

/** Columns named in the shared strings (`columns.*`); the ones this view added are under `projectsView.columns.*`. */
const SHARED_COLUMN_NAMES: ReadonlySet<string> = new Set([
  'compare', 'star', 'note', 'name', 'maturity', 'status', 'category', 'subcategory', 'accepted', 'summary', 'tags', 'stars', 'license', 'contributors', 'latestRelease',
])

/** Columns over health figures (issue 14), named in the health feature's strings (`health.columns.*`). */
const HEALTH_COLUMN_NAMES: ReadonlySet<string> = new Set(HEALTH_COLUMN_IDS)

export function columnTitle(t: TFunction, id: string): string {
  if (HEALTH_COLUMN_NAMES.has(id)) return t(`health.columns.${id}`)
  return t(SHARED_COLUMN_NAMES.has(id) ? `columns.${id}` : `projectsView.columns.${id}`)
}

/** Facets whose values are words of ours, translated under `projectsView.facetValues.<facet>.<value>`. */
const TRANSLATED_FACETS: ReadonlySet<Facet> = new Set(['specification', 'audit', 'annualReview'])

/** Names the facet labels need besides the translations: the user's lists and statuses, landscape names in the UI language. */
export interface ValueNames {
  listNames: ReadonlyMap<string, string>
  category: (name: string) => string
  subcategory: (name: string) => string
  status: (id: string) => string
}

/** A facet value as people read it: maturities and yes/no in the UI language, list and status ids as their names. */
export function facetValueLabel(t: TFunction, facet: Facet, value: string, names: ValueNames): string {
  if (facet === 'maturity') return t(`maturity.${value}`)
  if (facet === 'intake') return t(`intake.${value}`)
  if (facet === 'entry') return t(`entryLevel.${value}`)
  if (facet === 'category') return names.category(value)
  if (facet === 'subcategory') return names.subcategory(value)
  if (facet === 'status') return names.status(value)
  if (facet === 'lists') return names.listNames.get(value) ?? value
  if (facet === 'advisoryGroup') return advisoryGroupLabel(value)
  if (HEALTH_FACETS.has(facet)) return healthFacetValueLabel(t, facet, value)
  if (TRANSLATED_FACETS.has(facet)) return t(`projectsView.facetValues.${facet}.${value}`)
  return value
}

/** facetValueLabel with the names it needs, in the UI language. */
export function useFacetValueLabel(listNames: ReadonlyMap<string, string>): (facet: Facet, value: string) => string {
  const { t } = useTranslation()
  const landscape = useLandscapeLabels()
  const status = useStatusLabels().label
  return useCallback((facet, value) => facetValueLabel(t, facet, value, { listNames, category: landscape.category, subcategory: landscape.subcategory, status }),
    [t, listNames, landscape, status])
}

/** A group's heading: the value as its facet names it (categories in the UI language, statuses by their names), "No year" for the empty group. */
export function useGroupLabel(listNames: ReadonlyMap<string, string>): (groupBy: GroupKey, key: string) => string {
  const { t } = useTranslation()
  const valueLabel = useFacetValueLabel(listNames)
  return useCallback((groupBy, key) => {
    if (key === '') return t(`projectsView.group.none.${groupBy}`)
    return groupBy === 'year' ? key : valueLabel(groupBy, key)
  }, [t, valueLabel])
}
