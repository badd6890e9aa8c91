import Box from '@mui/material/Box'
import { useTranslation } from '../../i18n/useTranslation'
import type { HealthOutcome } from '../../store/refresh-store'
import { failureReason, sourceName } from './labels'

/** Under a refresh's outcome: one line per health source, what it brought or why it failed. */
export function HealthOutcomeLines({ outcomes }: { outcomes: readonly HealthOutcome[] | undefined }) {
  const { t } = useTranslation()
  if (!outcomes?.length) return null
  return (
    <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5, fontSize: 13 }} data-testid="health-outcome">
      {outcomes.map((o) => (
        <Box component="li" key={o.source} data-source={o.source} data-ok={o.ok} sx={{ color: o.ok ? 'text.secondary' : 'warning.main' }}>
          {o.ok
            ? t('health.outcome.ok', { source: sourceName(t, o.source), count: o.projects })
            : t('health.outcome.failed', { source: sourceName(t, o.source), reason: failureReason(t, o.error) })}
        </Box>
      ))}
    </Box>
  )
}
