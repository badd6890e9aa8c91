// The Projects table's columns by id, kept apart from their cells (columns.tsx) so the link
// codec in views.ts can check a sort key without loading the table's code.

/** Columns over health figures and trends (issue 14): named in the health feature's strings, hidden until shown. */
export const HEALTH_COLUMN_IDS = [
  'clomonitorScore', 'clomonitorRating', 'badgeLevel', 'lfxHealth', 'starsDelta', 'contributorsDelta', 'clomonitorDelta', 'declining', 'auditsCount', 'lastAudit',
] as const

/** Every column, in the order the table shows them. */
export const PROJECT_COLUMN_IDS = [
  'compare', 'star', 'note', 'name', 'maturity', 'status', 'category', 'subcategory', 'accepted', 'daysInStage', 'summary', 'tags',
  'advisoryGroup', 'incubatingDate', 'graduatedDate', 'archivedDate', 'sandboxToIncubation', 'ageInCncf', 'lastAnnualReview',
  'stars', 'license', 'language', 'contributors', 'latestRelease', ...HEALTH_COLUMN_IDS,
] as const
export type ProjectColumnId = (typeof PROJECT_COLUMN_IDS)[number]

/** Columns that hold a button or checkbox rather than data: never sorted, never exported. */
export const CONTROL_COLUMNS: ReadonlySet<ProjectColumnId> = new Set(['compare', 'star', 'note'])

/** The column of one of the user's own fields (evaluation): `field:<field id>`, made per field. */
export type FieldColumnId = `field:${string}`
const FIELD_COLUMN = /^field:[A-Za-z0-9_-]{1,100}$/
export const fieldColumnId = (fieldId: string): FieldColumnId => `field:${fieldId}`
export const isFieldColumnId = (id: string): id is FieldColumnId => FIELD_COLUMN.test(id)

const STATIC_SORTABLE: ReadonlySet<string> = new Set(PROJECT_COLUMN_IDS.filter((id) => !CONTROL_COLUMNS.has(id)))

/** The columns a link's `sort=` may name: the fixed ones and any field of the user's. */
export const SORTABLE_COLUMNS = { has: (id: string): boolean => STATIC_SORTABLE.has(id) || isFieldColumnId(id) }

/**
 * Columns hidden until the user shows them: the Summary gets the room at 1400 px; repository
 * and health figures only exist after a refresh.
 */
export const HIDDEN_BY_DEFAULT: Partial<Record<ProjectColumnId, false>> = {
  subcategory: false, tags: false, advisoryGroup: false, incubatingDate: false, graduatedDate: false, archivedDate: false,
  sandboxToIncubation: false, ageInCncf: false, lastAnnualReview: false,
  stars: false, license: false, language: false, contributors: false, latestRelease: false,
  ...(Object.fromEntries(HEALTH_COLUMN_IDS.map((id) => [id, false])) as Record<(typeof HEALTH_COLUMN_IDS)[number], false>),
}

/** Which columns show, given what the user chose (their choices win over the defaults). */
export function visibleColumns(choices: Readonly<Record<string, boolean>>): ProjectColumnId[] {
  return PROJECT_COLUMN_IDS.filter((id) => choices[id] ?? HIDDEN_BY_DEFAULT[id] ?? true)
}

/** The choices that show exactly `columns` (a saved view's), every other column hidden. */
export function visibilityFor(columns: readonly string[]): Record<string, boolean> {
  return Object.fromEntries(PROJECT_COLUMN_IDS.map((id) => [id, id === 'name' || columns.includes(id)]))
}
