import { useId, useState } from 'react'
import Box from '@mui/material/Box'
import Link from '@mui/material/Link'
import Popover from '@mui/material/Popover'
import Typography from '@mui/material/Typography'
import { useTranslation } from '../i18n/useTranslation'
import type { Source } from '../../shared/dataset/schema'
import { ExternalLink } from './ExternalLink'
import { describeSource } from './sources'

/**
 * A small "source" link after a curated statement; it opens, on demand, where the statement comes
 * from: the article and its section, the landscape snapshot, or a web page to open.
 */
export function SourceButton({ sources, label }: { sources: Source[]; label: string }) {
  const { t, i18n } = useTranslation()
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  const popoverId = useId()
  return (
    <>
      <Link
        component="button"
        type="button"
        variant="caption"
        color="text.secondary"
        aria-label={label}
        aria-haspopup="dialog"
        aria-expanded={anchor !== null}
        aria-controls={anchor ? popoverId : undefined}
        onClick={(e) => setAnchor(e.currentTarget)}
        sx={{ ml: 0.75, verticalAlign: 'baseline', textDecorationStyle: 'dotted' }}
      >
        {t('source.button')}
      </Link>
      <Popover
        id={popoverId}
        open={anchor !== null}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
        slotProps={{ paper: { role: 'dialog', 'aria-label': t('source.title'), sx: { p: 1.5, maxWidth: 420 } } as object }}
      >
        <Typography variant="subtitle2" sx={{ mb: 0.5 }}>{t('source.title')}</Typography>
        <Box component="ul" sx={{ m: 0, pl: 2, display: 'flex', flexDirection: 'column', gap: 0.75 }}>
          {sources.map((source) => {
            const { label: text, url } = describeSource(source, t, i18n.language)
            return (
              <Typography component="li" variant="body2" key={`${source.kind}:${text}`}>
                {url ? <ExternalLink href={url}>{text}</ExternalLink> : text}
                {source.kind === 'article' && <Typography variant="caption" color="text.secondary" component="p">{t('source.articleDetail')}</Typography>}
              </Typography>
            )
          })}
        </Box>
      </Popover>
    </>
  )
}
