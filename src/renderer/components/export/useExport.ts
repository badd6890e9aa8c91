import { useEffect } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import type { ExportEnvelope } from '../../../shared/export/envelope'
import type { ExportCredit } from '../../../shared/export/model'
import type { ExportRequest } from '../../../shared/export/render'
import type { ExportPicture } from '../../../shared/export/svg'
import { getBridge } from '../../bridge'
import { useDatasetMeta } from '../../db/hooks'
import { afterFirstContent } from '../../store/first-content'
import { useNoticeStore } from '../../store/notice-store'
import { useSettingsStore } from '../../store/settings-store'
import { envelopeInputs, footerWording } from './envelope-inputs'

type Renderers = typeof import('./renderers')
let renderers: Promise<Renderers> | undefined
const loadRenderers = (): Promise<Renderers> => (renderers ??= import('./renderers'))

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
  // The renderers load once the first rows are on screen, so a click finds them ready.
  useEffect(() => { void afterFirstContent().then(loadRenderers) }, [])

  /** The envelope, crediting the other sources a table's data comes from (ExportTable.credits). */
  const envelope = ({ createEnvelope }: Renderers, credits?: readonly ExportCredit[]): ExportEnvelope => {
    if (!meta) throw new Error('the dataset has not been read yet')
    return createEnvelope({ ...envelopeInputs(meta, __APP_VERSION__, new Date()), ...(credits ? { credits } : {}) }, footerWording(t, i18n.language))
  }
  const creditsOf = (request: ExportRequest) => (request.kind === 'table' ? request.table.credits : undefined)

  const write = async (file: { name: string; content: string; filter: { name: string; extensions: string[] }; encoding?: 'base64' }) => {
    const result = await getBridge().saveTextFile({ suggestedName: file.name, content: file.content, filters: [file.filter], ...(file.encoding ? { encoding: file.encoding } : {}) })
    if (result.saved) show(result.path ? t('export.savedTo', { path: result.path }) : t('export.downloaded'), 'success')
    else if (result.error) show(result.error, 'error')
  }

  /** Saves the request rendered in the envelope; `fileName` replaces the name made from the title. */
  const save = async (request: ExportRequest, fileName?: string): Promise<void> => {
    try {
      const r = await loadRenderers()
      const file = r.renderExport(request, envelope(r, creditsOf(request)), { dataOnly })
      await write({ name: fileName ?? file.fileName, content: file.content, filter: file.filter })
    } catch (error) {
      show(t('export.failed', { reason: (error as Error).message }), 'error')
    }
  }

  /** Saves a picture the app drew, with the envelope's lines under it, as SVG or as PNG drawn from that SVG. */
  const savePicture = async (title: string, picture: ExportPicture, as: 'svg' | 'png', fileName: string): Promise<void> => {
    try {
      const r = await loadRenderers()
      const framing = envelope(r)
      const file = r.renderExport({ kind: 'picture', title, picture }, framing)
      if (as === 'svg') return await write({ name: `${fileName}.svg`, content: file.content, filter: file.filter })
      const { width, height } = r.framedSize(picture, framing)
      await write({ name: `${fileName}.png`, content: await r.svgToPngBase64(file.content, width, height), filter: { name: 'PNG', extensions: ['png'] }, encoding: 'base64' })
    } catch (error) {
      show(t('export.failed', { reason: (error as Error).message }), 'error')
    }
  }

  /** Puts the rendered request on the clipboard; `copiedMessage` says what was copied. */
  const copy = async (request: ExportRequest, copiedMessage: string): Promise<void> => {
    try {
      const r = await loadRenderers()
      await navigator.clipboard.writeText(r.renderExport(request, envelope(r, creditsOf(request)), { dataOnly }).content)
      show(copiedMessage, 'success')
    } catch (error) {
      show(t('export.copyFailed', { reason: (error as Error).message }), 'error')
    }
  }

  return { ready: Boolean(meta), save, savePicture, copy }
}
