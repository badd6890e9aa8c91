import Box from '@mui/material/Box'
import { useTheme } from '@mui/material/styles'

export interface SparklinePoint {
  at: string
  value: number
}

interface SparklineProps {
  points: readonly SparklinePoint[]
  /** What the line shows, for assistive technology ("Stars, 3 refreshes from … to …: 120 to 240"). */
  label: string
  width?: number
  height?: number
  /** Draw in the theme's warning colour (a declining figure). */
  warn?: boolean
}

/**
 * A small trend line: values over time, spaced by their dates (not evenly), scaled between the
 * series' own lowest and highest value, the last point marked. An image with a spoken label: the
 * numbers it stands for are always written beside it too.
 */
export function Sparkline({ points, label, width = 120, height = 28, warn = false }: SparklineProps) {
  const theme = useTheme()
  const color = warn ? theme.palette.warning.main : theme.palette.primary.main
  const times = points.map((p) => Date.parse(p.at))
  const values = points.map((p) => p.value)
  const [t0, t1] = [Math.min(...times), Math.max(...times)]
  const [v0, v1] = [Math.min(...values), Math.max(...values)]
  const pad = 3
  const x = (time: number) => (t1 === t0 ? width / 2 : pad + ((time - t0) / (t1 - t0)) * (width - 2 * pad))
  const y = (value: number) => (v1 === v0 ? height / 2 : height - pad - ((value - v0) / (v1 - v0)) * (height - 2 * pad))
  const coords = points.map((p, i) => `${x(times[i]).toFixed(1)},${y(p.value).toFixed(1)}`)
  const last = points.length > 0 ? { cx: x(times[times.length - 1]), cy: y(values[values.length - 1]) } : undefined
  return (
    <Box component="svg" role="img" aria-label={label} data-testid="sparkline" width={width} height={height} viewBox={`0 0 ${width} ${height}`} sx={{ display: 'block', flexShrink: 0, overflow: 'visible' }}>
      <line x1={pad} x2={width - pad} y1={height - 0.5} y2={height - 0.5} stroke={theme.palette.divider} strokeWidth={1} />
      {points.length > 1 && <polyline points={coords.join(' ')} fill="none" stroke={color} strokeWidth={1.75} strokeLinejoin="round" strokeLinecap="round" />}
      {last && <circle cx={last.cx} cy={last.cy} r={2.5} fill={color} />}
    </Box>
  )
}
