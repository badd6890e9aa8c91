import type { TFunction } from '../../i18n/translator'
import type { EnvelopeInputs, FooterWording } from '../../../shared/export/envelope'
import type { DatasetMeta } from '../../db/database'
import { formatDate, formatDateTimeWithZone } from '../format'

/** What the export envelope needs from the cached dataset's record, the build and the clock. */
export function envelopeInputs(meta: Pick<DatasetMeta, 'source' | 'version' | 'origin' | 'refreshedAt' | 'cachedAt'>, appVersion: string, now: Date): EnvelopeInputs {
  return {
    source: meta.source,
    datasetVersion: meta.version,
    // Refreshed data says when; bundled data's date is its snapshot's.
    ...(meta.origin === 'refresh' ? { refreshedAt: meta.refreshedAt ?? meta.cachedAt } : {}),
    exportedAt: now.toISOString(),
    appVersion,
  }
}

/** The footer's phrases from the UI's translations, dates as the UI writes them. */
export function footerWording(t: TFunction, language: string): FooterWording {
  return {
    source: (values) => t('export.footer.source', values),
    sourceUndated: (values) => t('export.footer.sourceUndated', values),
    refreshed: (values) => t('export.footer.refreshed', values),
    exported: (values) => t('export.footer.exported', values),
    formatDate: (value) => formatDate(value, language),
    formatTime: (value) => formatDateTimeWithZone(value, language),
  }
}
