import type { ReactNode } from 'react'
import Box from '@mui/material/Box'
import Typography from '@mui/material/Typography'
import { useTranslation } from '../../i18n/useTranslation'
import { FIGURE_ATTRIBUTE } from './export-image'

export interface LegendItem {
  id: string
  label: string
  color: string
  /** Drawn with a heavier mark (the 2023 cohort's line). */
  emphasis?: boolean
}

/**
 * One drawing of a chart card with its heading and legend. The legend is ours rather than the
 * library's so that the exported image shows the same one (export-image.ts reads it back).
 */
export function ChartFigure({ heading, legend, children }: { heading?: string; legend: readonly LegendItem[]; children: ReactNode }) {
  const { t } = useTranslation()
  return (
    <Box component="figure" {...{ [FIGURE_ATTRIBUTE]: '' }} data-heading={heading ?? ''} sx={{ m: 0, minWidth: 0 }}>
      {heading && <Typography variant="subtitle2" component="figcaption" sx={{ fontWeight: 600, mb: 0.5 }}>{heading}</Typography>}
      {legend.length > 0 && (
        <Box component="ul" aria-label={t('insights.legend')} sx={{ listStyle: 'none', p: 0, m: 0, mb: 0.5, display: 'flex', flexWrap: 'wrap', columnGap: 2, rowGap: 0.5 }}>
          {legend.map((item) => (
            <Box component="li" key={item.id} data-legend-item="" data-color={item.color} sx={{ display: 'flex', alignItems: 'center', gap: 0.75, fontSize: 12.5, fontWeight: item.emphasis ? 600 : 400 }}>
              <Box aria-hidden="true" sx={{ width: 12, height: item.emphasis ? 4 : 12, borderRadius: item.emphasis ? 0 : '2px', bgcolor: item.color, flex: 'none' }} />
              {item.label}
            </Box>
          ))}
        </Box>
      )}
      {children}
    </Box>
  )
}
