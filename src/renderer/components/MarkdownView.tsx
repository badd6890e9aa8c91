import { useMemo, useState } from 'react'
import Markdown, { type Components } from 'react-markdown'
import remarkGfm from 'remark-gfm'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Typography from '@mui/material/Typography'
import { useTranslation } from '../i18n/useTranslation'
import { boundMarkdown } from '../../shared/notes/markdown-bounds'
import { ExternalLink } from './ExternalLink'

/**
 * Renders the user's Markdown safely: raw HTML is dropped (never parsed into the page), links go
 * through ExternalLink (http(s) only, system browser), images show their alt text instead of
 * loading anything from the network.
 */
const components: Components = {
  a: ({ href, children }) => <ExternalLink href={href ?? ''}>{children}</ExternalLink>,
  img: ({ alt }) => <span>{alt ? `[${alt}]` : ''}</span>,
}

/**
 * The text goes through boundMarkdown first, so no note can hang or crash the parser: a huge note
 * shows its beginning with a "Show all" button, and nesting or delimiters past the limits show as text.
 */
export function MarkdownView({ markdown }: { markdown: string }) {
  const { t, i18n } = useTranslation()
  const [showAll, setShowAll] = useState(false)
  const bounded = useMemo(() => boundMarkdown(markdown, { showAll }), [markdown, showAll])
  return (
    <Box sx={{ fontSize: 14, lineHeight: 1.55, overflowWrap: 'anywhere', '& h1, & h2, & h3': { fontSize: '1.05rem', mt: 1.5, mb: 0.75 }, '& p': { my: 0.75 },
      '& pre': { p: 1, borderRadius: 1, bgcolor: 'action.hover', overflow: 'auto' }, '& code': { fontSize: 12.5 },
      '& table': { borderCollapse: 'collapse' }, '& th, & td': { border: 1, borderColor: 'divider', px: 1, py: 0.5 } }}>
      <Markdown remarkPlugins={[remarkGfm]} skipHtml components={components}>{bounded.markdown}</Markdown>
      {bounded.cut && (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mt: 1, pt: 1, borderTop: 1, borderColor: 'divider' }}>
          <Typography variant="body2" color="text.secondary">
            {t('notes.previewCut', { shown: bounded.shownLength.toLocaleString(i18n.language), total: markdown.length.toLocaleString(i18n.language) })}
          </Typography>
          <Button size="small" onClick={() => setShowAll(true)}>{t('notes.showAll')}</Button>
        </Box>
      )}
    </Box>
  )
}
