import type { TFunction } from '../../i18n/translator'
import type { SourceAttempt } from '../../../shared/refresh/schema'
import { formatSize, hostOf } from '../../components/format'
import type { RefreshFailure, RefreshRunProgress } from '../../store/refresh-store'

/** Share of the refresh done, when it can be told: the download (with a known size) and the logos. */
export function progressPercent(progress: RefreshRunProgress | undefined): number | undefined {
  if (progress?.stage === 'download' && progress.totalBytes) return Math.min(100, Math.round((progress.receivedBytes / progress.totalBytes) * 100))
  if (progress?.stage === 'logos' && progress.total > 0) return Math.round((progress.done / progress.total) * 100)
  if (progress?.stage === 'health' && progress.total > 0) return Math.min(100, Math.round((progress.done / progress.total) * 100))
  return undefined
}

/** One line saying what the refresh is doing now. */
export function stageLabel(progress: RefreshRunProgress | undefined, t: TFunction, language: string): string {
  switch (progress?.stage) {
    case undefined:
      return t('refresh.stage.connecting')
    case 'download': {
      const host = hostOf(progress.url)
      const received = formatSize(progress.receivedBytes, language)
      return progress.totalBytes
        ? t('refresh.stage.downloadOf', { host, received, total: formatSize(progress.totalBytes, language) })
        : t('refresh.stage.download', { host, received })
    }
    case 'process':
      return t('refresh.stage.process', { format: t(`refresh.formats.${progress.format}`) })
    case 'apply':
      return t('refresh.stage.apply')
    case 'logos':
      return t('refresh.stage.logos', { done: progress.done, total: progress.total })
    case 'health':
      return progress.source
        ? t('health.stage.source', { source: t(`health.sources.${progress.source}`), done: progress.done, total: progress.total })
        : t('health.stage.start')
  }
}

/** "landscape API from landscape.cncf.io: error 500" */
export function attemptLine(attempt: SourceAttempt, t: TFunction): string {
  return t('refresh.attempt', {
    format: t(`refresh.formats.${attempt.format}`),
    host: hostOf(attempt.url),
    reason: t(`refresh.reason.${attempt.error.kind}`, { status: attempt.error.status ?? '' }),
  })
}

/** The technical detail of a failure, in the words of the code that saw it (for the disclosure). */
export function failureDetail(failure: RefreshFailure): string {
  return [...failure.attempts.map((a) => `${a.format} ${a.url}\n  ${a.error.message}`), failure.message].filter(Boolean).join('\n')
}
