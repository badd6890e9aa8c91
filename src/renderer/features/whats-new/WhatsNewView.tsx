import Typography from '@mui/material/Typography'
import { useTranslation } from 'react-i18next'
import { PlaceholderView } from '../../components/PlaceholderView'
import { formatDate } from '../../components/format'
import { useDatasetMeta } from '../../db/hooks'

/** Until live refresh lands, explains which bundled data the user is looking at. */
export function WhatsNewView() {
  const { t, i18n } = useTranslation()
  const meta = useDatasetMeta()
  return (
    <PlaceholderView title={t('nav.whatsNew')} message={t('placeholder.whatsNew')}>
      {meta && (
        <Typography color="text.secondary">
          {t('placeholder.whatsNewBundled', { date: formatDate(meta.source.date, i18n.language), count: meta.projectCount })}
        </Typography>
      )}
    </PlaceholderView>
  )
}
