import { useEffect } from 'react'
import { createPortal } from 'react-dom'
import Box from '@mui/material/Box'
import GlobalStyles from '@mui/material/GlobalStyles'
import { dossierMarkdown } from '../../../../shared/evaluation/dossier'
import { paperSizeForLocale } from '../../../../shared/print/paper'
import { getBridge, isDesktop } from '../../../bridge'
import { printFileName } from '../../../components/print/print-view'
import { useNoticeStore } from '../../../store/notice-store'
import i18n from '../../../i18n'
import { MarkdownView } from '../../../components/MarkdownView'
import { useDossierPrintStore } from './dossier-print-store'

/**
 * Prints a dossier: on the desktop to a PDF through the save dialog (main's printToPDF), on the web
 * with the browser's print dialog. The dossier's Markdown, rendered, is the only thing on the page
 * while printing. Same words as the
 * Markdown file, laid out for paper: black on white, links written out, no page breaks inside a fact.
 */
export default function PrintDossier() {
  const dossier = useDossierPrintStore((s) => s.dossier)
  const done = useDossierPrintStore((s) => s.done)
  useEffect(() => {
    if (!dossier) return
    const finish = () => done()
    window.addEventListener('afterprint', finish, { once: true })
    // Let the portal paint first, so the print preview has the dossier in it.
    const timer = window.setTimeout(() => {
      void getBridge().printToPdf({ suggestedName: `${printFileName(dossier.title)}.pdf`, pageSize: paperSizeForLocale(navigator.language) }).then((result) => {
        const show = useNoticeStore.getState().show
        if (result.saved && result.path) show(i18n.t('print.savedTo', { path: result.path }), 'success')
        else if (result.error) show(result.error, 'error')
        // The desktop's PDF is made without a print dialog, so no afterprint comes.
        if (isDesktop()) done()
      })
    }, 50)
    return () => {
      window.clearTimeout(timer)
      window.removeEventListener('afterprint', finish)
    }
  }, [dossier, done])
  if (!dossier) return null
  return createPortal(
    <>
      <GlobalStyles styles={{
        '@media screen': { '#dossier-print': { display: 'none' } },
        '@media print': {
          '#root': { display: 'none !important' },
          body: { background: '#fff !important', color: '#000 !important' },
          '#dossier-print': { display: 'block' },
          '#dossier-print h2': { breakBefore: 'page', borderBottom: '1px solid #999', paddingBottom: 4 },
          '#dossier-print h2:first-of-type': { breakBefore: 'auto' },
          '#dossier-print h3, #dossier-print h4': { breakAfter: 'avoid' },
          '#dossier-print li, #dossier-print p': { breakInside: 'avoid' },
          '#dossier-print a': { color: '#0b4f9c !important' },
          '#dossier-print a::after': { content: '" <" attr(href) ">"', fontSize: '0.85em', color: '#444' },
          '@page': { margin: '18mm 16mm' },
        },
      }} />
      <Box id="dossier-print" data-testid="dossier-print" sx={{ color: '#000', bgcolor: '#fff', fontSize: 12, '& h1': { fontSize: 22 }, '& h2': { fontSize: 17 }, '& h3': { fontSize: 14 } }}>
        <MarkdownView markdown={dossierMarkdown(dossier)} />
      </Box>
    </>,
    document.body,
  )
}
