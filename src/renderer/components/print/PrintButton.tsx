import Button from '@mui/material/Button'
import PdfIcon from '@mui/icons-material/PictureAsPdfOutlined'
import PrintIcon from '@mui/icons-material/PrintOutlined'
import { useTranslation } from '../../i18n/useTranslation'
import { isDesktop } from '../../bridge'
import { useNoticeStore } from '../../store/notice-store'
import { printCurrentView, printFileName, usePrintable } from './print-view'

/** Print to PDF (desktop) or Print (web) for the view it sits in; `name` becomes the file name. */
export function PrintButton({ name, disabled = false }: { name: string; disabled?: boolean }) {
  const { t } = useTranslation()
  const show = useNoticeStore((s) => s.show)
  usePrintable(disabled ? undefined : printFileName(name))
  const print = async () => {
    const result = await printCurrentView()
    if (result?.saved && result.path) show(t('print.savedTo', { path: result.path }), 'success')
    else if (result?.error) show(result.error, 'error')
  }
  const desktop = isDesktop()
  return (
    <Button size="small" startIcon={desktop ? <PdfIcon /> : <PrintIcon />} disabled={disabled} onClick={() => void print()}>
      {desktop ? t('print.pdf') : t('print.print')}
    </Button>
  )
}
