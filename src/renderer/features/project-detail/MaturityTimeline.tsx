import Box from '@mui/material/Box'
import Typography from '@mui/material/Typography'
import { useTheme } from '@mui/material/styles'
import { useTranslation } from '../../i18n/useTranslation'
import type { MaturityDates } from '../../../shared/dataset/schema'
import { formatDate } from '../../components/format'
import { MATURITY_COLORS } from '../../theme/theme'
import { maturityTimeline } from './timeline'

export function MaturityTimeline({ dates }: { dates: MaturityDates }) {
  const { t, i18n } = useTranslation()
  const theme = useTheme()
  const events = maturityTimeline(dates)
  if (events.length === 0) return <Typography color="text.secondary">{t('detail.none')}</Typography>
  return (
    <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0, display: 'flex', flexWrap: 'wrap', gap: 0 }}>
      {events.map((event, index) => {
        const last = event.steps[event.steps.length - 1]
        const colorKey = last === 'accepted' || last === 'joined' ? 'sandbox' : last
        const color = MATURITY_COLORS[colorKey][theme.palette.mode]
        return (
          <Box component="li" key={event.date} sx={{ display: 'flex', alignItems: 'center' }}>
            <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-start', minWidth: 130 }}>
              <Box sx={{ display: 'flex', alignItems: 'center', width: '100%' }}>
                <Box aria-hidden="true" sx={{ width: 12, height: 12, borderRadius: '50%', bgcolor: color, flex: 'none' }} />
                {index < events.length - 1 && <Box aria-hidden="true" sx={{ height: 2, flex: 1, bgcolor: 'divider', mx: 0.5 }} />}
              </Box>
              {/* Steps taken the same day share the entry, one line each. */}
              {event.steps.map((step, i) => (
                <Typography key={step} variant="body2" sx={{ fontWeight: 600, mt: i === 0 ? 0.75 : 0, pr: 2 }}>{t(`detail.timelineEvent.${step}`)}</Typography>
              ))}
              <Typography variant="caption" color="text.secondary"><time dateTime={event.date}>{formatDate(event.date, i18n.language)}</time></Typography>
            </Box>
          </Box>
        )
      })}
    </Box>
  )
}
