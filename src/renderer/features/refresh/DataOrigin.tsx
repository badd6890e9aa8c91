import Typography from '@mui/material/Typography'
import { useTranslation } from '../../i18n/useTranslation'
import type { DatasetMeta } from '../../db/database'
import { formatDate, formatDateTime, hostOf } from '../../components/format'

/** Where the data on this device came from: the bundle, or a refresh (when, from where). */
export function DataOrigin({ meta }: { meta: DatasetMeta }) {
  const { t, i18n } = useTranslation()
  const text = meta.origin === 'refresh' && meta.source.live
    ? t('refresh.refreshedFrom', { time: formatDateTime(meta.refreshedAt, i18n.language), host: hostOf(meta.source.url), format: t(`refresh.formats.${meta.source.live}`) })
    : t('refresh.bundled', { date: formatDate(meta.source.date, i18n.language) })
  return <Typography variant="body2" color="text.secondary" data-testid="data-origin">{text}</Typography>
}
