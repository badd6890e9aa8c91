import { memo } from 'react'
import Typography from '@mui/material/Typography'
import { useTranslation } from '../i18n/useTranslation'
import type { DatasetSource } from '../../shared/dataset/schema'
import { ExternalLink } from './ExternalLink'
import { formatDate, hostOf } from './format'

/** The CC BY 4.0 attribution the landscape data requires wherever it is shown. Memoised: the views around it render on every keystroke. */
export const Attribution = memo(function Attribution({ source }: { source?: DatasetSource }) {
  const { t, i18n } = useTranslation()
  return (
    <Typography variant="caption" color="text.secondary" component="p" sx={{ m: 0 }} data-testid="attribution">
      <ExternalLink href={source?.license.url ?? 'https://creativecommons.org/licenses/by/4.0/'}>{t('attribution.text')}</ExternalLink>
      {source && (
        <>
          {' · '}
          <ExternalLink href={source.url}>
            {source.live
              ? t('attribution.live', { host: hostOf(source.url), date: formatDate(source.date, i18n.language) })
              : t('attribution.snapshot', { revision: source.revision.slice(0, 12), date: formatDate(source.date, i18n.language) })}
          </ExternalLink>
        </>
      )}
      {' · '}
      {t('attribution.summaries')}
    </Typography>
  )
})
