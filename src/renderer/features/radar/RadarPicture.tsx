import { useId, useState, type Ref } from 'react'
import Box from '@mui/material/Box'
import Typography from '@mui/material/Typography'
import { useTheme } from '@mui/material/styles'
import { useTranslation } from '../../i18n/useTranslation'
import type { Moved, RadarBlip } from '../../../shared/evaluation/radar'
import { BLIP_RADIUS, RADAR_RADIUS, layoutBlips, ringRadii, type Point } from '../../../shared/evaluation/radar-layout'
import { formatDate } from '../../components/format'
import { MarkdownView } from '../../components/MarkdownView'
import { projectHref } from '../project-detail/views'
import type { RadarRingInfo } from './useRadar'
import { ringTextColor } from '../evaluation/labels'

const EDGE = RADAR_RADIUS + 20
const VIEW = `${-EDGE} ${-EDGE} ${2 * EDGE} ${2 * EDGE}`

/** Quadrant name positions, in the radar's order (bottom right, bottom left, top left, top right). */
const QUADRANT_LABELS: { x: number; y: number; anchor: 'start' | 'end' }[] = [
  { x: EDGE - 4, y: EDGE - 8, anchor: 'end' },
  { x: -EDGE + 4, y: EDGE - 8, anchor: 'start' },
  { x: -EDGE + 4, y: -EDGE + 20, anchor: 'start' },
  { x: EDGE - 4, y: -EDGE + 20, anchor: 'end' },
]

/** The marker Zalando's radar uses for each kind of move: ● unchanged, ▲ moved in, ▼ moved out, ★ new. */
export function BlipShape({ moved, color, size = BLIP_RADIUS }: { moved: Moved; color: string; size?: number }) {
  const s = size
  if (moved === 1) return <path className="blip-shape" d={`M0,${-s * 1.25} L${s * 1.15},${s * 0.8} L${-s * 1.15},${s * 0.8} Z`} fill={color} />
  if (moved === -1) return <path className="blip-shape" d={`M0,${s * 1.25} L${s * 1.15},${-s * 0.8} L${-s * 1.15},${-s * 0.8} Z`} fill={color} />
  if (moved === 2) {
    const points = Array.from({ length: 10 }, (_, i) => {
      const r = i % 2 === 0 ? s * 1.35 : s * 0.62
      const a = (Math.PI / 5) * i - Math.PI / 2
      return `${(r * Math.cos(a)).toFixed(2)},${(r * Math.sin(a)).toFixed(2)}`
    })
    return <polygon className="blip-shape" points={points.join(' ')} fill={color} />
  }
  return <circle className="blip-shape" r={s} fill={color} />
}

interface RadarPictureProps {
  blips: readonly RadarBlip[]
  quadrants: readonly { id: string; name: string }[]
  rings: readonly RadarRingInfo[]
  title: string
  /** The drawn <svg>, for exporting the picture. */
  svgRef?: Ref<SVGSVGElement>
}

/**
 * The radar as an SVG drawn with explicit colours (no stylesheet), so the same element exports
 * as a self-contained picture. Blips are links to their projects; hovering or focusing one shows
 * its name and the latest reason.
 */
export function RadarPicture({ blips, quadrants, rings, title, svgRef }: RadarPictureProps) {
  const { t, i18n } = useTranslation()
  const theme = useTheme()
  const tooltipId = useId()
  const [active, setActive] = useState<{ blip: RadarBlip; point: Point } | null>(null)
  const dark = theme.palette.mode === 'dark'
  const radii = ringRadii(Math.max(1, rings.length))
  const positions = layoutBlips(blips, Math.max(1, rings.length))
  const ink = theme.palette.text.primary
  const muted = theme.palette.text.secondary
  const grid = dark ? 'rgba(255,255,255,0.28)' : 'rgba(0,0,0,0.22)'
  const fills = dark ? ['#24272d', '#1d1f24'] : ['#f2f4f7', '#fafbfc']
  const ringName = (blip: RadarBlip) => rings[blip.ring]?.name ?? ''
  const describe = (blip: RadarBlip) => [`${blip.number}. ${blip.name}`, ringName(blip), blip.moved ? t(`radar.moved.${blip.moved}`) : ''].filter(Boolean).join(', ')

  return (
    <Box sx={{ position: 'relative', width: '100%', maxWidth: 760, aspectRatio: '1 / 1' }}>
      <Box
        component="svg"
        ref={svgRef}
        xmlns="http://www.w3.org/2000/svg"
        viewBox={VIEW}
        role="group"
        aria-label={title}
        fontFamily={theme.typography.fontFamily}
        sx={{ width: '100%', height: '100%', display: 'block', '& a:focus': { outline: 'none' }, '& a:focus-visible .blip-shape, & a:hover .blip-shape': { stroke: theme.palette.primary.main, strokeWidth: 3 } }}
      >
        <title>{title}</title>
        <rect x={-EDGE} y={-EDGE} width={2 * EDGE} height={2 * EDGE} fill={theme.palette.background.paper} />
        {[...radii].reverse().map((r, k) => <circle key={r} r={r} fill={fills[(radii.length - 1 - k) % 2]} stroke={grid} strokeWidth={1.5} />)}
        <line x1={-RADAR_RADIUS} y1={0} x2={RADAR_RADIUS} y2={0} stroke={grid} strokeWidth={1.5} />
        <line x1={0} y1={-RADAR_RADIUS} x2={0} y2={RADAR_RADIUS} stroke={grid} strokeWidth={1.5} />
        {rings.map((ring, k) => (
          <text key={ring.id} x={0} y={-((k === 0 ? 0 : radii[k - 1]) + radii[k]) / 2 + 5} textAnchor="middle" fontSize={14} fontWeight={700}
            fill={ringTextColor(k, theme.palette.mode)} stroke={theme.palette.background.paper} strokeWidth={4} paintOrder="stroke" letterSpacing={1}>
            {ring.name.toLocaleUpperCase(i18n.language)}
          </text>
        ))}
        {quadrants.map((q, i) => (
          <text key={q.id} x={QUADRANT_LABELS[i].x} y={QUADRANT_LABELS[i].y} textAnchor={QUADRANT_LABELS[i].anchor} fontSize={17} fontWeight={700} fill={ink}>{q.name}</text>
        ))}
        {blips.map((blip, i) => {
          const point = positions[i]
          const color = rings[blip.ring]?.color ?? muted
          return (
            <a
              key={blip.projectId}
              href={projectHref(blip.projectId)}
              data-project-id={blip.projectId}
              data-ring={rings[blip.ring]?.id}
              data-quadrant={quadrants[blip.quadrant]?.id}
              data-moved={blip.moved}
              aria-label={describe(blip)}
              aria-describedby={active?.blip === blip ? tooltipId : undefined}
              onMouseEnter={() => setActive({ blip, point })}
              onMouseLeave={() => setActive((a) => (a?.blip === blip ? null : a))}
              onFocus={() => setActive({ blip, point })}
              onBlur={() => setActive((a) => (a?.blip === blip ? null : a))}
            >
              <g transform={`translate(${point.x.toFixed(1)} ${point.y.toFixed(1)})`}>
                <BlipShape moved={blip.moved} color={color} />
                <text y={3.5} textAnchor="middle" fontSize={blip.number > 99 ? 8 : 10} fontWeight={700} fill="#fff" pointerEvents="none">{blip.number}</text>
              </g>
            </a>
          )
        })}
      </Box>
      {active && (
        <Box
          role="tooltip"
          id={tooltipId}
          data-testid="radar-tooltip"
          sx={{
            position: 'absolute', pointerEvents: 'none', zIndex: 2, maxWidth: 300, p: 1.25, borderRadius: 1, boxShadow: 4,
            bgcolor: 'background.paper', border: 1, borderColor: 'divider',
            left: `${((active.point.x + EDGE) / (2 * EDGE)) * 100}%`, top: `${((active.point.y + EDGE) / (2 * EDGE)) * 100}%`,
            transform: `translate(${active.point.x > 0 ? 'calc(-100% - 14px)' : '14px'}, ${active.point.y > 0 ? 'calc(-100% - 14px)' : '14px'})`,
          }}
        >
          <Typography sx={{ fontWeight: 700, fontSize: 14 }}>{active.blip.name}</Typography>
          <Typography variant="body2" color="text.secondary">
            {ringName(active.blip)} · {formatDate(active.blip.decidedAt, i18n.language)}{active.blip.moved ? ` · ${t(`radar.moved.${active.blip.moved}`)}` : ''}
          </Typography>
          {active.blip.reason ? <Box sx={{ '& p': { m: 0 }, mt: 0.5 }}><MarkdownView markdown={active.blip.reason} /></Box> : (
            <Typography variant="body2" color="text.secondary" sx={{ fontStyle: 'italic', mt: 0.5 }}>{t('radar.noReason')}</Typography>
          )}
        </Box>
      )}
    </Box>
  )
}
