import { useMemo } from 'react'
import { useTheme } from '@mui/material/styles'
import { useTranslation } from '../../i18n/useTranslation'
import type { ChartsLocaleText } from '@mui/x-charts/locales'

/** What every Insights chart shares: its words in the UI language, keyboard activation, no motion when asked. */
export function useChartCommon() {
  const { t } = useTranslation()
  const theme = useTheme()
  return useMemo(() => {
    const localeText: Partial<ChartsLocaleText> = {
      loading: t('insights.chart.loading'),
      noData: t('insights.chart.noData'),
      a11yNoValue: t('insights.chart.noValue'),
    }
    const reducedMotion = typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches
    return {
      /** Spread on every chart. */
      chartProps: {
        localeText,
        skipAnimation: reducedMotion,
        // Enter or Space on the focused bar does what a click does.
        experimentalFeatures: { keyboardActivation: true },
      },
      /** A thin line of the surface's colour between stacked segments, so neighbours stay apart. */
      barSx: { '& .MuiBarChart-element': { stroke: theme.palette.background.paper, strokeWidth: 1 } },
    }
  }, [t, theme])
}
