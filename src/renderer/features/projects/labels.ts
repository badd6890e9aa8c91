import type { TFunction } from 'i18next'
import type { Facet } from '../../../shared/projects/filter'
import type { GroupKey } from '../../../shared/projects/group'

/** "app-delivery" → "App Delivery": a TAG's short name as its group calls itself. */
export function advisoryGroupLabel(name: string): string {
  return name.split('-').map((word) => (word ? word[0].toUpperCase() + word.slice(1) : word)).join(' ')
}

/** Facets named in the shared strings (`facets.*`); the ones this view added are under `projectsView.facets.*`. */
const SHARED_FACET_NAMES: ReadonlySet<Facet> = new Set(['maturity', 'category', 'subcategory', 'year', 'tags', 'lists', 'userTags'])

export function facetTitle(t: TFunction, facet: Facet): string {
  return t(SHARED_FACET_NAMES.has(facet) ? `facets.${facet}` : `projectsView.facets.${facet}`)
}

/** Columns named in the shared strings (`columns.*`); the ones this view added are under `projectsView.columns.*`. */
const SHARED_COLUMN_NAMES: ReadonlySet<string> = new Set([
  'compare', 'star', 'note', 'name', 'maturity', 'category', 'subcategory', 'accepted', 'summary', 'tags', 'stars', 'license', 'contributors', 'latestRelease',
])

export function columnTitle(t: TFunction, id: string): string {
  return t(SHARED_COLUMN_NAMES.has(id) ? `columns.${id}` : `projectsView.columns.${id}`)
}

/** Facets whose values are words of ours, translated under `projectsView.facetValues.<facet>.<value>`. */
const TRANSLATED_FACETS: ReadonlySet<Facet> = new Set(['specification', 'audit', 'annualReview'])

/** A facet value as people read it: maturities and yes/no in the UI language, list ids as list names. */
export function facetValueLabel(t: TFunction, facet: Facet, value: string, listNames: ReadonlyMap<string, string>): string {
  if (facet === 'maturity') return t(`maturity.${value}`)
  if (facet === 'lists') return listNames.get(value) ?? value
  if (facet === 'advisoryGroup') return advisoryGroupLabel(value)
  if (TRANSLATED_FACETS.has(facet)) return t(`projectsView.facetValues.${facet}.${value}`)
  return value
}

/** A group's heading: the value, translated where it is one of ours, "No year" for the empty group. */
export function groupLabel(t: TFunction, groupBy: GroupKey, key: string): string {
  if (key === '') return t(`projectsView.group.none.${groupBy}`)
  return groupBy === 'maturity' ? t(`maturity.${key}`) : key
}
