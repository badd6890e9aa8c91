import Markdown, { type Components } from 'react-markdown'
import remarkGfm from 'remark-gfm'
import Box from '@mui/material/Box'
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

export function MarkdownView({ markdown }: { markdown: string }) {
  return (
    <Box sx={{ fontSize: 14, lineHeight: 1.55, overflowWrap: 'anywhere', '& h1, & h2, & h3': { fontSize: '1.05rem', mt: 1.5, mb: 0.75 }, '& p': { my: 0.75 },
      '& pre': { p: 1, borderRadius: 1, bgcolor: 'action.hover', overflow: 'auto' }, '& code': { fontSize: 12.5 },
      '& table': { borderCollapse: 'collapse' }, '& th, & td': { border: 1, borderColor: 'divider', px: 1, py: 0.5 } }}>
      <Markdown remarkPlugins={[remarkGfm]} skipHtml components={components}>{markdown}</Markdown>
    </Box>
  )
}
