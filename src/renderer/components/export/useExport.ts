import { useTranslation } from 'react-i18next'
import { createEnvelope, type ExportEnvelope } from '../../../shared/export/envelope'
import { renderExport, type ExportRequest } from '../../../shared/export/render'
import { getBridge } from '../../bridge'
import { useDatasetMeta } from '../../db/hooks'
import { useNoticeStore } from '../../store/notice-store'
import { useSettingsStore } from '../../store/settings-store'
import { envelopeInputs, footerWording } from './envelope-inputs'

/**
 * The one way the app writes an export: the request rendered inside the envelope (attribution,
 * the dataset's source and date, the export time, the app's version) and saved through the save
 * dialog (desktop) or as a download (web), or copied; the outcome is told in a notice.
 * `ready` is false until the cached dataset's record, which the envelope quotes, has been read.
 */
export function useExport() {
  const { t, i18n } = useTranslation()
  const meta = useDatasetMeta()
  const dataOnly = useSettingsStore((s) => s.exportDataOnly)
  const show = useNoticeStore((s) => s.show)

  const envelope = (): ExportEnvelope => {
    if (!meta) throw new Error('the dataset has not been read yet')
    return createEnvelope(envelopeInputs(meta, __APP_VERSION__, new Date()), footerWording(t, i18n.language))
  }

  const save = async (request: ExportRequest): Promise<void> => {
    try {
      const file = renderExport(request, envelope(), { dataOnly })
      const result = await getBridge().saveTextFile({ suggestedName: file.fileName, content: file.content, filters: [file.filter] })
      if (result.saved) show(result.path ? t('export.savedTo', { path: result.path }) : t('export.downloaded'), 'success')
      else if (result.error) show(result.error, 'error')
    } catch (error) {
      show(t('export.failed', { reason: (error as Error).message }), 'error')
    }
  }

  /** Puts the rendered request on the clipboard; `copiedMessage` says what was copied. */
  const copy = async (request: ExportRequest, copiedMessage: string): Promise<void> => {
    try {
      await navigator.clipboard.writeText(renderExport(request, envelope(), { dataOnly }).content)
      show(copiedMessage, 'success')
    } catch (error) {
      show(t('export.copyFailed', { reason: (error as Error).message }), 'error')
    }
  }

  return { ready: Boolean(meta), save, copy }
}
