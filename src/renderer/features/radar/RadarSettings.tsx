import { useEffect, useMemo, useState } from 'react'
import Autocomplete from '@mui/material/Autocomplete'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Chip from '@mui/material/Chip'
import IconButton from '@mui/material/IconButton'
import Paper from '@mui/material/Paper'
import TextField from '@mui/material/TextField'
import Tooltip from '@mui/material/Tooltip'
import Typography from '@mui/material/Typography'
import ArrowDownIcon from '@mui/icons-material/ArrowDownward'
import ArrowUpIcon from '@mui/icons-material/ArrowUpward'
import { useTranslation } from '../../i18n/useTranslation'
import { DEFAULT_RADAR, type RadarConfig, type RadarQuadrant } from '../../../shared/evaluation/radar'
import { useRadarSettings } from '../../db/evaluation'
import { saveRadarSettings } from '../../db/evaluation-setup'
import { useProjects } from '../../db/hooks'
import { RING_COLORS, useStatusLabels } from '../evaluation/labels'
import { useQuadrantName } from './useRadar'

/** Settings → Radar: the four quadrants (names and the categories in each) and the order of the rings. */
export function RadarSettings() {
  const { t } = useTranslation()
  const config = useRadarSettings()
  const labels = useStatusLabels()
  const projects = useProjects()
  const categories = useMemo(() => [...new Set((projects ?? []).map((p) => p.category))].sort((a, b) => a.localeCompare(b, 'en')), [projects])
  if (!config) return null
  const save = (next: Partial<RadarConfig>) => void saveRadarSettings({ ...config, ...next })
  const setQuadrant = (index: number, quadrant: RadarQuadrant) => save({ quadrants: config.quadrants.map((q, i) => (i === index ? quadrant : q)) })
  const moveRing = (index: number, delta: number) => {
    const rings = [...config.rings]
    const [ring] = rings.splice(index, 1)
    rings.splice(index + delta, 0, ring)
    save({ rings })
  }

  return (
    <Paper variant="outlined" component="section" aria-labelledby="settings-radar" sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Box>
        <Typography variant="h2" id="settings-radar" sx={{ mb: 0.5 }}>{t('radar.settings.title')}</Typography>
        <Typography variant="body2" color="text.secondary">{t('radar.settings.body')}</Typography>
      </Box>
      <Box component="ol" aria-label={t('radar.settings.quadrants')} sx={{ listStyle: 'none', m: 0, p: 0, display: 'flex', flexDirection: 'column', gap: 1.5 }}>
        {config.quadrants.map((quadrant, i) => (
          <QuadrantRow key={quadrant.id} index={i} quadrant={quadrant} categories={categories} taken={config.quadrants.flatMap((q, k) => (k === i ? [] : q.categories))} onChange={(q) => setQuadrant(i, q)} />
        ))}
      </Box>
      <Box>
        <Typography variant="h3" sx={{ mb: 0.5 }}>{t('radar.settings.rings')}</Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>{t('radar.settings.ringsBody')}</Typography>
        {config.rings.length === 0 && <Typography variant="body2" color="warning.main">{t('radar.noRings')}</Typography>}
        <Box component="ol" aria-label={t('radar.settings.rings')} sx={{ listStyle: 'none', m: 0, p: 0, display: 'flex', flexDirection: 'column', gap: 0.5 }}>
          {config.rings.map((id, i) => (
            <Box component="li" key={id} sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
              <Box aria-hidden="true" sx={{ width: 12, height: 12, borderRadius: '50%', bgcolor: RING_COLORS[i] }} />
              <Typography sx={{ minWidth: 160 }}>{i + 1}. {labels.label(id)}</Typography>
              <Tooltip title={t('radar.settings.inwards')}><span>
                <IconButton size="small" disabled={i === 0} aria-label={t('radar.settings.inwardsNamed', { name: labels.label(id) })} onClick={() => moveRing(i, -1)}><ArrowUpIcon fontSize="small" /></IconButton>
              </span></Tooltip>
              <Tooltip title={t('radar.settings.outwards')}><span>
                <IconButton size="small" disabled={i === config.rings.length - 1} aria-label={t('radar.settings.outwardsNamed', { name: labels.label(id) })} onClick={() => moveRing(i, 1)}><ArrowDownIcon fontSize="small" /></IconButton>
              </span></Tooltip>
            </Box>
          ))}
        </Box>
      </Box>
      <Button size="small" sx={{ alignSelf: 'flex-start' }} onClick={() => save({ quadrants: DEFAULT_RADAR.quadrants })}>{t('radar.settings.resetQuadrants')}</Button>
    </Paper>
  )
}

function QuadrantRow({ index, quadrant, categories, taken, onChange }: { index: number; quadrant: RadarQuadrant; categories: string[]; taken: string[]; onChange: (q: RadarQuadrant) => void }) {
  const { t } = useTranslation()
  const quadrantName = useQuadrantName()
  const label = quadrantName(quadrant, index)
  const defaultName = quadrantName({ ...quadrant, name: undefined }, index)
  const [name, setName] = useState(label)
  useEffect(() => setName(label), [label])
  // Emptying the field, or typing the default name back, keeps the default (translated) name.
  const commit = () => {
    const clean = name.replace(/\s+/g, ' ').trim().slice(0, 80)
    if (clean === label) return
    const { name: _old, ...rest } = quadrant
    onChange(clean && clean !== defaultName ? { ...rest, name: clean } : rest)
  }
  return (
    <Box component="li" sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', flexWrap: 'wrap' }}>
      <TextField
        size="small"
        label={t(`radar.settings.position.${index}`)}
        value={name}
        onChange={(e) => setName(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => { if (e.key === 'Enter') commit() }}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { maxLength: 80 } }}
        sx={{ width: 220 }}
      />
      <Autocomplete<string, true>
        multiple
        size="small"
        options={categories}
        value={quadrant.categories}
        getOptionDisabled={(c) => taken.includes(c)}
        onChange={(_, value) => onChange({ ...quadrant, categories: value })}
        renderValue={(value, getItemProps) => value.map((option, i) => {
          const { key, ...props } = getItemProps({ index: i })
          return <Chip key={key} size="small" label={option} {...props} />
        })}
        renderInput={(params) => <TextField {...params} label={t('radar.settings.categoriesOf', { name: label })} />}
        sx={{ flex: 1, minWidth: 280 }}
      />
    </Box>
  )
}
