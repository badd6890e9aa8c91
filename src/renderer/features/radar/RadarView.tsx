import { useRef, useState } from 'react'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import ListItemText from '@mui/material/ListItemText'
import Menu from '@mui/material/Menu'
import MenuItem from '@mui/material/MenuItem'
import Paper from '@mui/material/Paper'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import DownloadIcon from '@mui/icons-material/FileDownloadOutlined'
import { useTranslation } from '../../i18n/useTranslation'
import { isCalendarDay } from '../../../shared/calendar-day'
import { projectUrl, toBackstageRadar, toZalandoRadar, type RadarExportInput } from '../../../shared/evaluation/radar-export'
import { Attribution } from '../../components/Attribution'
import { useExport } from '../../components/export/useExport'
import { saveRadarSettings } from '../../db/evaluation-setup'
import { useDatasetMeta } from '../../db/hooks'
import { BlipShape, RadarPicture } from './RadarPicture'
import { RadarImport } from './RadarImport'
import { RadarLegend } from './RadarLegend'
import { RADAR_PICTURE_SIZE, radarSvgText } from './radar-files'
import { useRadar } from './useRadar'

type ExportKind = 'backstage' | 'zalando' | 'svg' | 'png'

/** The personal tech radar: the picture, its legend (the accessible view), moves since a day, exports and the Backstage import. */
export function RadarView() {
  const { t, i18n } = useTranslation()
  const radar = useRadar()
  const meta = useDatasetMeta()
  const exporter = useExport()
  const svgRef = useRef<SVGSVGElement>(null)
  const [exportAnchor, setExportAnchor] = useState<HTMLElement | null>(null)
  const title = t('radar.pictureTitle')
  const { config } = radar

  const exportAs = async (kind: ExportKind) => {
    setExportAnchor(null)
    if (!config) return
    const day = new Date().toISOString().slice(0, 10)
    const input: RadarExportInput = {
      title: t('radar.exportTitle'), quadrants: radar.quadrants, rings: radar.rings, projects: radar.projects, changes: radar.changes,
      config, language: i18n.language === 'ru' ? 'ru' : 'en', now: new Date(),
    }
    const byId = new Map(radar.projects.map((p) => [p.id, p]))
    const svgText = () => radarSvgText(svgRef.current!, (id) => { const p = byId.get(id); return p && projectUrl(p) })
    const picture = () => ({ svg: svgText(), width: RADAR_PICTURE_SIZE, height: RADAR_PICTURE_SIZE })
    switch (kind) {
      case 'backstage': return exporter.save({ kind: 'json', title: input.title, data: toBackstageRadar(input) }, `tech-radar-backstage-${day}.json`)
      case 'zalando': return exporter.save({ kind: 'json', title: input.title, data: toZalandoRadar(input) }, `tech-radar-zalando-${day}.json`)
      case 'svg': return exporter.savePicture(input.title, picture(), 'svg', `tech-radar-${day}`)
      case 'png': return exporter.savePicture(input.title, picture(), 'png', `tech-radar-${day}`)
    }
  }

  return (
    <Box sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 1.5 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
        <Typography variant="h1" sx={{ mr: 1 }}>{t('radar.title')}</Typography>
        <TextField
          size="small"
          type="date"
          label={t('radar.movedSince')}
          value={config?.movedSince ?? ''}
          onChange={(e) => {
            const day = e.target.value
            if (config && (day === '' || isCalendarDay(day))) void saveRadarSettings({ ...config, movedSince: day || undefined })
          }}
          slotProps={{ inputLabel: { shrink: true } }}
          sx={{ width: 180 }}
        />
        <MovedKey />
        <Box sx={{ flex: 1 }} />
        <RadarImport />
        <Button size="small" startIcon={<DownloadIcon />} aria-haspopup="menu" disabled={!config} onClick={(e) => setExportAnchor(e.currentTarget)}>{t('radar.export')}</Button>
        <Menu anchorEl={exportAnchor} open={exportAnchor !== null} onClose={() => setExportAnchor(null)}>
          {(['backstage', 'zalando', 'svg', 'png'] as const).map((kind) => (
            <MenuItem key={kind} onClick={() => void exportAs(kind)}>
              <ListItemText primary={t(`radar.exports.${kind}`)} secondary={t(`radar.exports.${kind}Help`)} />
            </MenuItem>
          ))}
        </Menu>
      </Box>
      {!radar.loading && radar.blips.length === 0 && (
        <Paper variant="outlined" sx={{ p: 2 }} role="status">
          <Typography variant="h2" gutterBottom>{t('radar.emptyTitle')}</Typography>
          <Typography color="text.secondary">{t('radar.emptyBody', { rings: radar.rings.map((r) => r.name).join(', ') })}</Typography>
        </Paper>
      )}
      {!radar.loading && radar.rings.length === 0 && (
        <Typography color="warning.main" role="status">{t('radar.noRings')}</Typography>
      )}
      {!radar.loading && (
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: 'minmax(420px, 760px) minmax(320px, 1fr)' }, gap: 3, alignItems: 'start' }}>
          <RadarPicture svgRef={svgRef} blips={radar.blips} quadrants={radar.quadrants} rings={radar.rings} title={title} />
          <RadarLegend blips={radar.blips} quadrants={radar.quadrants} rings={radar.rings} />
        </Box>
      )}
      <Attribution source={meta?.source} />
    </Box>
  )
}

/** What the markers mean. */
function MovedKey() {
  const { t } = useTranslation()
  return (
    <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'center', flexWrap: 'wrap', color: 'text.secondary', fontSize: 12.5 }}>
      {([1, -1, 2, 0] as const).map((moved) => (
        <Box key={moved} sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
          <svg width="14" height="14" viewBox="-14 -14 28 28" aria-hidden="true"><BlipShape moved={moved} color="currentColor" /></svg>
          {t(`radar.moved.${moved}`)}
        </Box>
      ))}
    </Box>
  )
}
