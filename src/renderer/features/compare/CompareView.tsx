import { useEffect, useState } from 'react'
import Autocomplete from '@mui/material/Autocomplete'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Chip from '@mui/material/Chip'
import FormControlLabel from '@mui/material/FormControlLabel'
import IconButton from '@mui/material/IconButton'
import Paper from '@mui/material/Paper'
import Switch from '@mui/material/Switch'
import TextField from '@mui/material/TextField'
import Tooltip from '@mui/material/Tooltip'
import Typography from '@mui/material/Typography'
import { alpha } from '@mui/material/styles'
import ArrowBackIcon from '@mui/icons-material/ChevronLeft'
import ArrowForwardIcon from '@mui/icons-material/ChevronRight'
import CloseIcon from '@mui/icons-material/Close'
import { useTranslation } from '../../i18n/useTranslation'
import { MAX_COMPARE, MIN_COMPARE, type CompareCell } from '../../../shared/compare/compare'
import type { Project } from '../../../shared/dataset/schema'
import { Attribution } from '../../components/Attribution'
import { PrintButton } from '../../components/print/PrintButton'
import { ExternalLink } from '../../components/ExternalLink'
import { ProjectAvatar } from '../../components/ProjectAvatar'
import { MaturityChip } from '../../components/MaturityChip'
import { useDatasetMeta, useProjects } from '../../db/hooks'
import { projectHref } from '../project-detail/views'
import type { ViewProps } from '../../registry/view'
import type { CompareParams } from './views'
import { useCompareStore } from '../../store/compare-store'
import { useNoticeStore } from '../../store/notice-store'
import { CompareActions } from './CompareActions'
import { useCompareTable } from './useCompareTable'
import { Sparkline } from '../../components/Sparkline'
import BestIcon from '@mui/icons-material/EmojiEventsOutlined'

export function CompareView({ params: { ids } }: ViewProps<CompareParams>) {
  const { t } = useTranslation()
  const replace = useCompareStore((s) => s.replace)
  const [onlyDifferences, setOnlyDifferences] = useState(false)
  const { picks, projects, rows, rowLabel, credits, allRowsCount, missing, exportTable, loading } = useCompareTable(onlyDifferences)
  const meta = useDatasetMeta()

  // A shared link (#/compare?ids=...) replaces the picks once.
  useEffect(() => {
    if (ids?.length) replace(ids)
  }, [ids?.join(','), replace]) // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <Box sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 1.5, minWidth: 0 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
        <Typography variant="h1" sx={{ mr: 1 }}>{t('compare.title')}</Typography>
        <AddProjectField />
        <FormControlLabel
          control={<Switch size="small" checked={onlyDifferences} onChange={(e) => setOnlyDifferences(e.target.checked)} />}
          label={t('compare.onlyDifferences')}
        />
        <Box sx={{ flex: 1 }} />
        <CompareActions picks={picks} exportTable={exportTable} disabled={(projects?.length ?? 0) < MIN_COMPARE} />
        <PrintButton name={`${t('compare.title')} ${picks.join(' ')}`} disabled={(projects?.length ?? 0) < MIN_COMPARE} />
      </Box>
      {missing.length > 0 && (
        <Typography variant="body2" color="warning.main" role="status">{t('compare.missing', { ids: missing.join(', ') })}</Typography>
      )}
      {!loading && (projects?.length ?? 0) < MIN_COMPARE ? (
        <Paper variant="outlined" sx={{ p: 3 }}>
          <Typography variant="h2" gutterBottom>{t('compare.emptyTitle')}</Typography>
          <Typography color="text.secondary">{t('compare.emptyBody', { min: MIN_COMPARE, max: MAX_COMPARE })}</Typography>
        </Paper>
      ) : projects && (
        <CompareTable projects={projects} rows={rows} rowLabel={rowLabel} />
      )}
      {onlyDifferences && allRowsCount > 0 && rows.length === 0 && (
        <Typography color="text.secondary">{t('compare.noDifferences')}</Typography>
      )}
      <Attribution source={meta?.source} />
      {credits.length > 0 && (
        // Health figures' sources, beside the landscape's attribution (the badge data's licence asks for it).
        <Typography variant="caption" color="text.secondary" component="p" sx={{ m: 0, mt: -1 }}>
          {credits.map((credit, i) => (
            <Box component="span" key={credit.text} data-testid="health-credit">
              {i > 0 && ' · '}
              {credit.url ? <ExternalLink href={credit.url}>{credit.text}</ExternalLink> : credit.text}
            </Box>
          ))}
        </Typography>
      )}
    </Box>
  )
}

function AddProjectField() {
  const { t } = useTranslation()
  const all = useProjects()
  const picks = useCompareStore((s) => s.picks)
  const add = useCompareStore((s) => s.add)
  const show = useNoticeStore((s) => s.show)
  const [value, setValue] = useState<Project | null>(null)
  const full = picks.length >= MAX_COMPARE
  return (
    <Autocomplete
      size="small"
      sx={{ width: 280 }}
      options={(all ?? []).filter((p) => !picks.includes(p.id))}
      getOptionLabel={(p) => p.name}
      value={value}
      disabled={full}
      onChange={(_, project) => {
        if (project && !add(project.id)) show(t('compare.full', { max: MAX_COMPARE }), 'warning')
        setValue(null)
      }}
      renderInput={(params) => (
        <TextField {...params} label={full ? t('compare.fullShort', { max: MAX_COMPARE }) : t('compare.add')} />
      )}
    />
  )
}

function CompareTable({ projects, rows, rowLabel }: { projects: Project[]; rows: ReturnType<typeof useCompareTable>['rows']; rowLabel: ReturnType<typeof useCompareTable>['rowLabel'] }) {
  const { t } = useTranslation()
  const move = useCompareStore((s) => s.move)
  const remove = useCompareStore((s) => s.remove)
  return (
    <Box sx={{ overflow: 'auto', border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: 'background.paper' }}>
      <Box
        component="table"
        aria-label={t('compare.tableLabel')}
        sx={{
          borderCollapse: 'separate', borderSpacing: 0, width: '100%', minWidth: 200 + projects.length * 200, fontSize: 13,
          '& th, & td': { p: 1.25, borderBottom: 1, borderColor: 'divider', verticalAlign: 'top', textAlign: 'left' },
        }}
      >
        <thead>
          <tr>
            <Box component="th" scope="col" sx={{ width: 180, color: 'text.secondary', position: 'sticky', left: 0, bgcolor: 'background.paper', zIndex: 1 }}>{t('compare.attribute')}</Box>
            {projects.map((project, index) => (
              <Box component="th" scope="col" key={project.id} sx={{ minWidth: 200 }}>
                <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
                  <ProjectAvatar id={project.id} name={project.name} size={28} />
                  <Box sx={{ flex: 1, minWidth: 0 }}>
                    <Box component="a" href={projectHref(project.id)} sx={{ fontWeight: 700, fontSize: 14, color: 'text.primary' }}>{project.name}</Box>
                    <Box sx={{ mt: 0.5 }}><MaturityChip maturity={project.maturity} /></Box>
                  </Box>
                  <Tooltip title={t('compare.moveLeft')}><span>
                    <IconButton size="small" disabled={index === 0} onClick={() => move(project.id, -1)} aria-label={t('compare.moveLeftNamed', { name: project.name })}><ArrowBackIcon fontSize="small" /></IconButton>
                  </span></Tooltip>
                  <Tooltip title={t('compare.moveRight')}><span>
                    <IconButton size="small" disabled={index === projects.length - 1} onClick={() => move(project.id, 1)} aria-label={t('compare.moveRightNamed', { name: project.name })}><ArrowForwardIcon fontSize="small" /></IconButton>
                  </span></Tooltip>
                  <Tooltip title={t('compare.remove')}>
                    <IconButton size="small" onClick={() => remove(project.id)} aria-label={t('compare.removeNamed', { name: project.name })}><CloseIcon fontSize="small" /></IconButton>
                  </Tooltip>
                </Box>
              </Box>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <Box
              component="tr"
              key={row.id}
              data-differs={row.differs || undefined}
              sx={(theme) => ({ bgcolor: row.differs ? alpha(theme.palette.warning.main, theme.palette.mode === 'dark' ? 0.1 : 0.06) : undefined })}
            >
              <Box
                component="th"
                scope="row"
                sx={{ fontWeight: 600, color: 'text.secondary', position: 'sticky', left: 0, bgcolor: 'background.paper', zIndex: 1,
                  boxShadow: (theme) => (row.differs ? `inset 3px 0 0 ${theme.palette.warning.main}` : undefined) }}
              >
                {rowLabel(row)}
                {row.differs && <span className="visually-hidden"> ({t('compare.differs')})</span>}
              </Box>
              {row.cells.map((cell, i) => <td key={projects[i]?.id ?? i} data-best={cell.best || undefined}><CellContent cell={cell} label={`${rowLabel(row)}, ${projects[i]?.name ?? ''}`} /></td>)}
            </Box>
          ))}
        </tbody>
      </Box>
    </Box>
  )
}

function CellContent({ cell, label }: { cell: CompareCell; label: string }) {
  const { t, i18n } = useTranslation()
  if (cell.best) {
    return (
      <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 0.5, fontWeight: 600 }}>
        <Box sx={{ minWidth: 0 }}><CellContent cell={{ ...cell, best: false }} label={label} /></Box>
        <BestIcon aria-hidden="true" sx={{ fontSize: 17, color: 'success.main', flexShrink: 0 }} />
        <span className="visually-hidden"> ({t('health.best')})</span>
      </Box>
    )
  }
  if (cell.series) {
    return (
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 0.5 }}>
        <Sparkline points={cell.series} label={`${label}: ${cell.series.map((p) => p.value.toLocaleString(i18n.language)).join(', ')}`} width={140} />
        {cell.text && <span>{cell.text}</span>}
      </Box>
    )
  }
  if (cell.links?.length) {
    return (
      <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: 0.25 }}>
        {cell.links.map((link) => <li key={link.url}><ExternalLink href={link.url}>{link.label}</ExternalLink></li>)}
      </Box>
    )
  }
  if (cell.items) {
    if (cell.items.length === 0) return <Typography component="span" color="text.disabled">—</Typography>
    if (cell.items.some((item) => item.length > 40)) {
      return <Box component="ul" sx={{ m: 0, pl: 2 }}>{cell.items.map((item) => <li key={item}>{item}</li>)}</Box>
    }
    return <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>{cell.items.map((item) => <Chip key={item} size="small" label={item} />)}</Box>
  }
  return cell.text ? <span>{cell.text}</span> : <Typography component="span" color="text.disabled">—</Typography>
}
