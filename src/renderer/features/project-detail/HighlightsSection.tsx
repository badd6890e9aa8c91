import Box from '@mui/material/Box'
import Typography from '@mui/material/Typography'
import { useTranslation } from '../../i18n/useTranslation'
import type { Project } from '../../../shared/dataset/schema'
import { SourceButton } from '../../components/SourceButton'
import { Section } from './Section'

/** Our highlights, each with its source on demand; dated when they come from the 2023 article. */
export function HighlightsSection({ project }: { project: Project }) {
  const { t, i18n } = useTranslation()
  if (project.highlights.length === 0) return null
  const language = i18n.language === 'ru' ? 'ru' : 'en'
  const fromArticle = project.highlights.some((h) => h.sources.some((s) => s.kind === 'article'))
  return (
    <Section title={t('detail.highlights')}>
      {fromArticle && <Typography variant="body2" color="text.secondary" sx={{ mt: -0.75, mb: 1 }}>{t('detail.highlightsFromArticle')}</Typography>}
      <Box component="ul" sx={{ m: 0, pl: 2.5, display: 'flex', flexDirection: 'column', gap: 0.5 }} data-testid="highlights">
        {project.highlights.map((h, index) => (
          <li key={h.en}>
            {h[language]}
            <SourceButton sources={h.sources} label={t('source.highlightNamed', { number: index + 1 })} />
          </li>
        ))}
      </Box>
    </Section>
  )
}
