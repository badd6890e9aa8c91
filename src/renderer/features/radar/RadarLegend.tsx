import Box from '@mui/material/Box'
import Link from '@mui/material/Link'
import Typography from '@mui/material/Typography'
import { useTheme } from '@mui/material/styles'
import { useTranslation } from '../../i18n/useTranslation'
import { ringTextColor } from '../evaluation/labels'
import type { RadarBlip } from '../../../shared/evaluation/radar'
import { projectHref } from '../project-detail/views'
import type { RadarRingInfo } from './useRadar'

const MARK: Record<number, string> = { 1: '▲', [-1]: '▼', 2: '★' }

/**
 * Every blip by quadrant and ring, numbered as on the picture: the radar's accessible view, and
 * what a reader scans for names.
 */
export function RadarLegend({ blips, quadrants, rings }: { blips: readonly RadarBlip[]; quadrants: readonly { id: string; name: string }[]; rings: readonly RadarRingInfo[] }) {
  const { t } = useTranslation()
  const mode = useTheme().palette.mode
  return (
    <Box component="section" aria-label={t('radar.legend')} sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2, alignContent: 'start', minWidth: 0 }}>
      {quadrants.map((quadrant, q) => {
        const inQuadrant = blips.filter((b) => b.quadrant === q)
        return (
          <Box key={quadrant.id} component="section" aria-labelledby={`legend-q-${quadrant.id}`} data-quadrant={quadrant.id}>
            <Typography variant="h2" id={`legend-q-${quadrant.id}`} sx={{ fontSize: 15, mb: 0.75 }}>{quadrant.name}</Typography>
            {inQuadrant.length === 0 && <Typography variant="body2" color="text.secondary">{t('radar.emptyQuadrant')}</Typography>}
            {rings.map((ring, r) => {
              const inRing = inQuadrant.filter((b) => b.ring === r)
              if (inRing.length === 0) return null
              return (
                <Box key={ring.id} sx={{ mb: 1 }} data-ring={ring.id}>
                  <Typography variant="h3" sx={{ fontSize: 12, fontWeight: 700, letterSpacing: 0.6, textTransform: 'uppercase', color: ringTextColor(r, mode) }}>{ring.name}</Typography>
                  <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0 }}>
                    {inRing.map((blip) => (
                      <Box component="li" key={blip.projectId} value={blip.number} sx={{ display: 'flex', gap: 0.75, fontSize: 13, py: 0.125 }}>
                        <Box component="span" aria-hidden="true" sx={{ color: 'text.secondary', minWidth: 22, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>{blip.number}.</Box>
                        <Link href={projectHref(blip.projectId)} underline="hover" color="inherit">{blip.name}</Link>
                        {blip.moved !== 0 && (
                          <>
                            <Box component="span" aria-hidden="true" title={t(`radar.moved.${blip.moved}`)} sx={{ color: ringTextColor(r, mode) }}>{MARK[blip.moved]}</Box>
                            <span className="visually-hidden">({t(`radar.moved.${blip.moved}`)})</span>
                          </>
                        )}
                      </Box>
                    ))}
                  </Box>
                </Box>
              )
            })}
          </Box>
        )
      })}
    </Box>
  )
}
