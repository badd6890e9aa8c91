import Box from '@mui/material/Box'
import Chip from '@mui/material/Chip'
import { createColumnHelper } from '@tanstack/react-table'
import type { TFunction } from 'i18next'
import type { Project } from '../../../shared/dataset/schema'
import { maturityRank } from '../../../shared/projects/filter'
import { ProjectAvatar } from '../../components/ProjectAvatar'
import { ProjectBlurb } from '../../components/ProjectBlurb'
import { projectBlurb } from '../../../shared/dataset/summary'
import { primaryFigures } from '../../../shared/dataset/figures'
import { MaturityChip } from '../../components/MaturityChip'
import { formatNumericDate } from '../../components/format'
import { dataTableFeatures } from '../../components/data-table/features'
import type { Language } from '../../store/settings-store'
import { ComparePickCheckbox } from '../compare/ComparePickCheckbox'
import { NoteIndicatorCell, StarCell } from '../bookmarks/TableCells'
import { visuallyHidden } from '../../components/data-table/DataTable'
import { EMPTY_HEALTH, type HealthIndex } from '../../../shared/health/facets'
import { HEALTH_COLUMN_IDS, healthColumns } from '../health/columns'

const helper = createColumnHelper<typeof dataTableFeatures, Project>()

export const PROJECT_COLUMN_IDS = [
  'compare', 'star', 'note', 'name', 'maturity', 'category', 'subcategory', 'accepted', 'summary', 'tags',
  'stars', 'license', 'contributors', 'latestRelease', ...HEALTH_COLUMN_IDS,
] as const
export type ProjectColumnId = (typeof PROJECT_COLUMN_IDS)[number]

/** Repository figures and health figures only exist after a refresh: their columns start hidden. */
export const HIDDEN_BY_DEFAULT: Partial<Record<ProjectColumnId, false>> = {
  stars: false, license: false, contributors: false, latestRelease: false,
  ...Object.fromEntries(HEALTH_COLUMN_IDS.map((id) => [id, false])),
}

/** The Projects table's columns; every one sorts. Built per language for headers and summaries. */
export function projectColumns(t: TFunction, language: Language, health: HealthIndex = EMPTY_HEALTH) {
  return helper.columns([
    helper.display({
      id: 'compare',
      header: () => <Box component="span" sx={visuallyHidden}>{t('compare.column')}</Box>,
      size: 36,
      meta: { control: true },
      enableSorting: false,
      cell: ({ row }) => <ComparePickCheckbox id={row.original.id} name={row.original.name} />,
    }),
    helper.display({
      id: 'star',
      header: () => <Box component="span" sx={visuallyHidden}>{t('columns.star')}</Box>,
      size: 36,
      meta: { control: true },
      enableSorting: false,
      cell: ({ row }) => <StarCell id={row.original.id} name={row.original.name} />,
    }),
    helper.display({
      id: 'note',
      header: () => <Box component="span" sx={visuallyHidden}>{t('columns.note')}</Box>,
      size: 30,
      meta: { control: true },
      enableSorting: false,
      cell: ({ row }) => <NoteIndicatorCell id={row.original.id} name={row.original.name} />,
    }),
    helper.accessor('name', {
      id: 'name',
      header: () => t('columns.name'),
      size: 190,
      sortFn: 'text',
      enableHiding: false,
      cell: ({ row }) => (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 0 }}>
          <ProjectAvatar id={row.original.id} name={row.original.name} />
          <Box component="span" sx={{ fontWeight: 600, overflow: 'hidden', textOverflow: 'ellipsis' }}>{row.original.name}</Box>
        </Box>
      ),
    }),
    helper.accessor((p) => maturityRank(p.maturity), {
      id: 'maturity',
      header: () => t('columns.maturity'),
      size: 118,
      sortFn: 'basic',
      cell: ({ row }) => <MaturityChip maturity={row.original.maturity} />,
    }),
    helper.accessor('category', { id: 'category', header: () => t('columns.category'), size: 140, sortFn: 'text' }),
    helper.accessor('subcategory', { id: 'subcategory', header: () => t('columns.subcategory'), size: 150, sortFn: 'text' }),
    helper.accessor((p) => p.dates.accepted, {
      id: 'accepted',
      header: () => t('columns.accepted'),
      size: 104,
      sortFn: 'basic',
      sortUndefined: 'last',
      cell: ({ getValue }) => <time dateTime={getValue() ?? undefined}>{formatNumericDate(getValue(), language)}</time>,
    }),
    helper.accessor((p) => projectBlurb(p, language)?.text ?? '', {
      id: 'summary',
      header: () => t('columns.summary'),
      // No size: the summary takes whatever width the other columns leave.
      sortFn: 'text',
      cell: ({ row }) => <ProjectBlurb project={row.original} />,
    }),
    helper.accessor((p) => p.tags.join(', '), {
      id: 'tags',
      header: () => t('columns.tags'),
      size: 130,
      sortFn: 'text',
      sortUndefined: 'last',
      cell: ({ row }) => (
        <Box sx={{ display: 'flex', gap: 0.5, overflow: 'hidden' }}>
          {row.original.tags.slice(0, 4).map((tag) => <Chip key={tag} size="small" label={tag} sx={{ height: 20, fontSize: 11.5 }} />)}
        </Box>
      ),
    }),
    helper.accessor((p) => primaryFigures(p)?.stars, {
      id: 'stars',
      header: () => t('columns.stars'),
      size: 84,
      sortFn: 'basic',
      sortUndefined: 'last',
      meta: { align: 'end' },
      cell: ({ getValue }) => getValue()?.toLocaleString(language),
    }),
    helper.accessor((p) => primaryFigures(p)?.license, { id: 'license', header: () => t('columns.license'), size: 112, sortFn: 'text', sortUndefined: 'last' }),
    helper.accessor((p) => primaryFigures(p)?.contributors, {
      id: 'contributors',
      header: () => t('columns.contributors'),
      size: 104,
      sortFn: 'basic',
      sortUndefined: 'last',
      meta: { align: 'end' },
      cell: ({ getValue }) => getValue()?.toLocaleString(language),
    }),
    helper.accessor((p) => primaryFigures(p)?.latestRelease, {
      id: 'latestRelease',
      header: () => t('columns.latestRelease'),
      size: 120,
      sortFn: 'basic',
      sortUndefined: 'last',
      cell: ({ getValue }) => <time dateTime={getValue() ?? undefined}>{formatNumericDate(getValue(), language)}</time>,
    }),
    ...healthColumns(t, language, health),
  ])
}
