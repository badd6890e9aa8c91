import type { ReactNode } from 'react'
import Box from '@mui/material/Box'
import { createColumnHelper } from '@tanstack/react-table'
import type { TFunction } from '../../i18n/translator'
import type { TableProject } from '../../../shared/projects/rows'
import { primaryFigures } from '../../../shared/dataset/figures'
import { projectBlurb } from '../../../shared/dataset/summary'
import { maturityRank, type UserDataIndex } from '../../../shared/projects/filter'
import { fieldSortValue, type FieldDefinition, type FieldValue } from '../../../shared/evaluation/fields'
import type { EvaluationIndex } from '../../../shared/evaluation/filter'
import { localizeCategory, localizeSubcategory } from '../../../shared/glossary/glossary'
import { primaryLanguage } from '../../../shared/projects/facets'
import { daysInCncf, daysInStage, sandboxToIncubationDays } from '../../../shared/projects/time-in-stage'
import type { ExportCell, ExportCredit } from '../../../shared/export/model'
import type { HealthIndex } from '../../../shared/health/health-index'
import { annualReviewState } from '../../../shared/projects/facets'
import { ProjectAvatar } from '../../components/ProjectAvatar'
import { BlurbText } from '../../components/ProjectBlurb'
import { MaturityBadge } from '../../components/MaturityChip'
import { Marked } from '../../components/HighlightedText'
import { formatNumericDate } from '../../components/format'
import { dataTableFeatures } from '../../components/data-table/features'
import type { Language } from '../../store/settings-store'
import { ComparePickCheckbox } from '../compare/ComparePickCheckbox'
import { NoteIndicatorCell, StarCell } from '../bookmarks/TableCells'
import { fieldColumnId, type FieldColumnId, type ProjectColumnId } from './column-ids'
import { StatusChip } from '../evaluation/StatusChip'
import { HEALTH_COLUMNS } from '../health/columns'
import { advisoryGroupLabel, columnTitle } from './labels'

export { HIDDEN_BY_DEFAULT, PROJECT_COLUMN_IDS, type ProjectColumnId } from './column-ids'

/** What the columns read besides the project: the language, today (for durations), the evaluation, health figures, the user's data (export). */
export interface ColumnContext {
  t: TFunction
  language: Language
  today: string
  evaluation: EvaluationIndex
  /** Health figures and trends (issue 14). */
  health: HealthIndex
  /** A status's name in the UI language, and its ring colour on the radar when it is a ring. */
  statusLabel: (id: string) => string
  statusColor: (id: string) => string | undefined
  /** A field's value as people read it (dates in the UI language, yes/no translated). */
  fieldText: (field: FieldDefinition, value: FieldValue | undefined) => string
}

export interface ExportContext extends ColumnContext {
  user: UserDataIndex
}

type Value = string | number | undefined

/**
 * One column, declared once: how it sorts, what it shows and what the export writes. Adding a
 * column (issue 10's status, issue 14's health) is adding an entry to PROJECT_COLUMNS. Cells are
 * plain elements (the table draws them on every keystroke); texts the search reads show what it
 * matched through <Marked> (SearchMarksContext), so a new query re-marks them, columns unchanged.
 */
export interface ProjectColumnSpec {
  id: ProjectColumnId | FieldColumnId
  /** The header where the id is not a translation key (a field the user named). */
  title?: string
  size: number
  /** The value sorted by; undefined sorts last. Absent: the column does not sort. */
  value?: (p: TableProject, c: ColumnContext) => Value
  sortFn?: 'text' | 'basic'
  /** The first click sorts descending (newest date, longest time first). */
  descFirst?: boolean
  /** Numbers align right. */
  align?: 'end'
  /** A checkbox or button column: tight padding, no header text shown. */
  control?: boolean
  /** Shown in every view: the user cannot hide it. */
  required?: boolean
  /** The cell; absent: the text. */
  cell?: (p: TableProject, c: ColumnContext) => ReactNode
  /** What the export writes, as shown on screen in the user's language; absent: the text, then the value. */
  text?: (p: TableProject, c: ExportContext) => ExportCell
  /** The credit an export carries when the column holds figures of a source whose licence asks for one. */
  credit?: (c: ColumnContext) => ExportCredit
}

const date = (pick: (p: TableProject) => string | undefined): Pick<ProjectColumnSpec, 'value' | 'sortFn' | 'descFirst' | 'cell' | 'text'> => ({
  value: pick,
  sortFn: 'basic',
  descFirst: true,
  cell: (p, c) => <time dateTime={pick(p)}>{formatNumericDate(pick(p), c.language)}</time>,
  text: (p, c) => formatNumericDate(pick(p), c.language),
})

const days = (pick: (p: TableProject, c: ColumnContext) => number | undefined): Pick<ProjectColumnSpec, 'value' | 'sortFn' | 'descFirst' | 'align' | 'cell'> => ({
  value: pick,
  sortFn: 'basic',
  descFirst: true,
  align: 'end',
  cell: (p, c) => pick(p, c)?.toLocaleString(c.language),
})

const count = (pick: (p: TableProject) => number | undefined): Pick<ProjectColumnSpec, 'value' | 'sortFn' | 'align' | 'cell'> => ({
  value: pick, sortFn: 'basic', align: 'end', cell: (p, c) => pick(p)?.toLocaleString(c.language),
})

export const PROJECT_COLUMNS: readonly ProjectColumnSpec[] = [
  { id: 'compare', size: 36, control: true, cell: (p, c) => <ComparePickCheckbox id={p.id} name={p.name} t={c.t} /> },
  { id: 'star', size: 36, control: true, cell: (p, c) => <StarCell id={p.id} name={p.name} t={c.t} />, text: (p, c) => (c.user.starred.has(p.id) ? c.t('projectsView.yes') : '') },
  { id: 'note', size: 30, control: true, cell: (p, c) => <NoteIndicatorCell id={p.id} name={p.name} t={c.t} />, text: (p, c) => (c.user.withNotes.has(p.id) ? c.t('projectsView.yes') : '') },
  {
    id: 'name', size: 180, required: true, value: (p) => p.name, sortFn: 'text',
    cell: (p) => (
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, minWidth: 0 }}>
        <ProjectAvatar id={p.id} name={p.name} />
        <span style={{ fontWeight: 600, overflow: 'hidden', textOverflow: 'ellipsis' }}><Marked text={p.name} /></span>
      </div>
    ),
  },
  { id: 'maturity', size: 120, value: (p) => maturityRank(p.maturity), sortFn: 'basic', cell: (p, c) => <MaturityBadge maturity={p.maturity} label={c.t(`maturity.${p.maturity}`)} />, text: (p, c) => c.t(`maturity.${p.maturity}`) },
  {
    // The user's status order is the natural one: the first click sorts by it, not against it.
    id: 'status', size: 116, value: (p, c) => c.evaluation.statusRank.get(c.evaluation.statusOf.get(p.id) ?? ''), sortFn: 'basic', descFirst: false,
    cell: (p, c) => {
      const id = c.evaluation.statusOf.get(p.id)
      return id ? <StatusChip label={c.statusLabel(id)} color={c.statusColor(id)} /> : null
    },
    text: (p, c) => {
      const id = c.evaluation.statusOf.get(p.id)
      return id ? c.statusLabel(id) : undefined
    },
  },
  { id: 'category', size: 150, value: (p, c) => localizeCategory(p.category, c.language), sortFn: 'text', cell: (p, c) => <Marked text={localizeCategory(p.category, c.language)} /> },
  { id: 'subcategory', size: 150, value: (p, c) => localizeSubcategory(p.subcategory, c.language), sortFn: 'text', cell: (p, c) => <Marked text={localizeSubcategory(p.subcategory, c.language)} /> },
  { id: 'accepted', size: 116, ...date((p) => p.dates.accepted) },
  { id: 'daysInStage', size: 136, ...days((p, c) => daysInStage(p, c.today)) },
  // The summary's size is its least width: it takes whatever room the other columns leave.
  { id: 'summary', size: 280, value: (p, c) => projectBlurb(p, c.language)?.text ?? '', sortFn: 'text', cell: (p, c) => <BlurbText project={p} language={c.language} upstreamNote={c.t('refresh.upstreamAttribution')} marked /> },
  {
    id: 'tags', size: 160, value: (p) => p.tags.join(', ') || undefined, sortFn: 'text',
    cell: (p) => (
      <div style={{ display: 'flex', gap: 4, overflow: 'hidden' }}>
        {p.tags.slice(0, 4).map((tag) => <span key={tag} className="cell-tag"><Marked text={tag} /></span>)}
      </div>
    ),
  },
  { id: 'advisoryGroup', size: 140, value: (p) => (p.advisoryGroups ?? []).map(advisoryGroupLabel).join(', ') || undefined, sortFn: 'text' },
  { id: 'incubatingDate', size: 100, ...date((p) => p.dates.incubating) },
  { id: 'graduatedDate', size: 100, ...date((p) => p.dates.graduated) },
  { id: 'archivedDate', size: 100, ...date((p) => p.dates.archived) },
  { id: 'sandboxToIncubation', size: 120, ...days((p) => sandboxToIncubationDays(p)) },
  { id: 'ageInCncf', size: 100, ...days((p, c) => daysInCncf(p, c.today)) },
  {
    id: 'lastAnnualReview', size: 140, ...date((p) => p.lastAnnualReview),
    // A review over a year old is due: said beside the date, as the Annual review facet calls it.
    cell: (p, c) => p.lastAnnualReview && (
      <Box component="span" sx={{ display: 'inline-flex', gap: 0.75, alignItems: 'baseline' }}>
        <time dateTime={p.lastAnnualReview}>{formatNumericDate(p.lastAnnualReview, c.language)}</time>
        {annualReviewState(p, c.today) === 'due' && <Box component="span" sx={{ color: 'warning.main', fontSize: 12 }}>{c.t('projectsView.reviewDue')}</Box>}
      </Box>
    ),
  },
  { id: 'stars', size: 84, ...count((p) => primaryFigures(p)?.stars) },
  { id: 'license', size: 112, value: (p) => primaryFigures(p)?.license, sortFn: 'text' },
  { id: 'language', size: 104, value: (p) => primaryLanguage(p), sortFn: 'text' },
  { id: 'contributors', size: 104, ...count((p) => primaryFigures(p)?.contributors) },
  { id: 'latestRelease', size: 112, ...date((p) => primaryFigures(p)?.latestRelease) },
  ...HEALTH_COLUMNS,
]

/** A column per field of the user's, after the fixed ones: sorted by the field's type, hidden until chosen. */
export function fieldColumns(fields: readonly FieldDefinition[]): ProjectColumnSpec[] {
  return fields.map((field) => {
    const valueOf = (p: TableProject, c: ColumnContext) => c.evaluation.valuesOf.get(p.id)?.get(field.id)
    return {
      id: fieldColumnId(field.id),
      title: field.name,
      size: field.type === 'text' ? 150 : 112,
      value: (p, c) => fieldSortValue(field, valueOf(p, c)),
      sortFn: field.type === 'text' || field.type === 'date' ? 'text' : 'basic',
      ...(field.type === 'number' ? { align: 'end' as const } : {}),
      cell: (p, c) => c.fieldText(field, valueOf(p, c)),
      text: (p, c) => c.fieldText(field, valueOf(p, c)) || undefined,
    }
  })
}

/** The header people read for a column. */
export function columnHeader(t: TFunction, spec: Pick<ProjectColumnSpec, 'id' | 'title'>): string {
  return spec.title ?? columnTitle(t, spec.id)
}

/** What the export writes for a column: the text on screen, in the user's language. */
export function exportCell(spec: ProjectColumnSpec, project: TableProject, context: ExportContext): ExportCell {
  if (spec.text) return spec.text(project, context)
  return spec.value?.(project, context)
}

const helper = createColumnHelper<typeof dataTableFeatures, TableProject>()

/** The Projects table's columns for TanStack Table, built per language and day, from the specs (fixed and the user's fields). */
export function projectColumns(specs: readonly ProjectColumnSpec[], context: ColumnContext) {
  const { t } = context
  return helper.columns(specs.map((spec) => {
    const title = columnHeader(t, spec)
    const header = spec.control ? () => <span className="visually-hidden">{title}</span> : () => title
    const cell = spec.cell ?? ((p: TableProject) => spec.value?.(p, context))
    const shared = {
      id: spec.id,
      header,
      size: spec.size,
      minSize: spec.control ? spec.size : 60,
      maxSize: 900,
      enableHiding: !spec.required,
      enableResizing: !spec.control,
      meta: { align: spec.align, control: spec.control, flexible: spec.id === 'summary', ...(spec.title ? { label: spec.title } : {}) },
    }
    if (!spec.value) return helper.display({ ...shared, enableSorting: false, cell: ({ row }) => cell(row.original, context) })
    const value = spec.value
    return helper.accessor((p) => value(p, context), {
      ...shared,
      sortFn: spec.sortFn ?? 'basic',
      sortDescFirst: spec.descFirst,
      sortUndefined: 'last',
      cell: ({ row }) => cell(row.original, context),
    })
  }))
}
