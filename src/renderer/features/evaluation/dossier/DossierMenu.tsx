import { useState } from 'react'
import Button from '@mui/material/Button'
import ListItemText from '@mui/material/ListItemText'
import MenuItem from '@mui/material/MenuItem'
import ArticleIcon from '@mui/icons-material/ArticleOutlined'
import { LazyMenu } from '../../../components/lazy-overlays'
import { useTranslation } from '../../../i18n/useTranslation'
import { isDesktop } from '../../../bridge'
import { useExport } from '../../../components/export/useExport'
import { useDossierPrintStore } from './dossier-print-store'
import { useDossier, type DossierScope } from './useDossier'

/** "Dossier" for a project, a list or the current filter: a Markdown file, or printed (a PDF on the desktop). */
export function DossierMenu({ scope, disabled }: { scope: DossierScope; disabled?: boolean }) {
  const { t } = useTranslation()
  const { build } = useDossier()
  const exporter = useExport()
  const print = useDossierPrintStore((s) => s.print)
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  const name = scope.kind === 'project' ? scope.project.name : scope.kind === 'list' ? scope.name : t('dossier.filterTitle')

  const saveMarkdown = async () => {
    setAnchor(null)
    const { dossier, body, fileName } = await build(scope)
    await exporter.save({ kind: 'markdown', title: dossier.title, body }, fileName)
  }

  const printIt = async () => {
    setAnchor(null)
    print((await build(scope)).dossier)
  }

  return (
    <>
      <Button
        size="small"
        startIcon={<ArticleIcon />}
        disabled={disabled || !exporter.ready}
        onClick={(e) => setAnchor(e.currentTarget)}
        aria-haspopup="menu"
        aria-label={t('dossier.menuNamed', { name })}
      >
        {t('dossier.menu')}
      </Button>
      <LazyMenu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <MenuItem onClick={() => void saveMarkdown()}><ListItemText primary={t('dossier.markdown')} secondary={t('dossier.markdownHelp')} /></MenuItem>
        <MenuItem onClick={() => void printIt()}><ListItemText primary={isDesktop() ? t('dossier.pdf') : t('dossier.print')} secondary={t('dossier.printHelp')} /></MenuItem>
      </LazyMenu>
    </>
  )
}
