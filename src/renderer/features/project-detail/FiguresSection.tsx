import Box from '@mui/material/Box'
import Typography from '@mui/material/Typography'
import { useTranslation } from '../../i18n/useTranslation'
import { languageShares } from '../../../shared/dataset/figures'
import type { Project } from '../../../shared/dataset/schema'
import { ExternalLink } from '../../components/ExternalLink'
import { formatDate } from '../../components/format'
import { Section } from './Section'
import { useDownloadedOn } from './useDownloadedOn'

/**
 * Stars, contributors, licence, latest release and languages of each repository, as the
 * landscape API reported them, with the date they were fetched. Shown only after a refresh
 * from the API brought them.
 */
export function FiguresSection({ project }: { project: Project }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language
  const repos = project.repositories.filter((r) => r.figures)
  if (repos.length === 0) return null
  const fetchedAt = repos.map((r) => r.figures!.fetchedAt).sort().at(-1)
  return (
    <Section title={t('detail.figures')}>
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
        {repos.map((repo) => {
          const f = repo.figures!
          const languages = languageShares(f.languages)
          return (
            <Box key={repo.url} sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
              {repos.length > 1 && (
                <Typography variant="subtitle2" component="h3">
                  <ExternalLink href={repo.url}>{repo.url.replace(/^https?:\/\/(www\.)?/, '')}</ExternalLink>
                  {repo.primary ? ` (${t('detail.primaryRepo')})` : ''}
                </Typography>
              )}
              <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(120px, 1fr))', gap: 1.5, m: 0 }}>
                {([
                  ['stars', f.stars?.toLocaleString(language)],
                  ['contributors', f.contributors?.toLocaleString(language)],
                  ['license', f.license],
                  ['latestRelease', f.latestRelease ? formatDate(f.latestRelease, language) : undefined],
                ] as const).filter(([, value]) => value).map(([key, value]) => (
                  <Box key={key}>
                    <Box component="dt" sx={{ color: 'text.secondary', fontSize: 12.5 }}>{t(`detail.${key}`)}</Box>
                    <Box component="dd" sx={{ m: 0, fontSize: 18, fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>{value}</Box>
                  </Box>
                ))}
              </Box>
              {languages.length > 0 && (
                <Box>
                  <Typography variant="body2" color="text.secondary" id={`langs-${repo.url}`} sx={{ mb: 0.5 }}>{t('detail.languages')}</Typography>
                  <Box aria-hidden="true" sx={{ display: 'flex', height: 8, borderRadius: 1, overflow: 'hidden', mb: 0.75 }}>
                    {languages.map((l, i) => <Box key={l.name} sx={{ width: `${l.percent}%`, bgcolor: `hsl(${(i * 67 + 205) % 360} 60% 55%)` }} />)}
                  </Box>
                  <Box component="ul" aria-labelledby={`langs-${repo.url}`} sx={{ listStyle: 'none', m: 0, p: 0, display: 'flex', flexWrap: 'wrap', columnGap: 2, rowGap: 0.25, fontSize: 13 }}>
                    {languages.slice(0, 8).map((l, i) => (
                      <Box component="li" key={l.name} sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.75 }}>
                        <Box aria-hidden="true" sx={{ width: 8, height: 8, borderRadius: '50%', bgcolor: `hsl(${(i * 67 + 205) % 360} 60% 55%)` }} />
                        {t('detail.languageShare', { name: l.name, percent: l.percent })}
                      </Box>
                    ))}
                  </Box>
                </Box>
              )}
            </Box>
          )
        })}
        <Typography variant="caption" color="text.secondary">{t('detail.figuresFetched', { date: formatDate(fetchedAt, language) })}</Typography>
      </Box>
    </Section>
  )
}

/**
 * The landscape's own description beside our summary, in English, attributed, as downloaded.
 * (A project without our summary shows that description in its header instead.)
 */
export function UpstreamSection({ project }: { project: Project }) {
  const { t, i18n } = useTranslation()
  const downloadedOn = useDownloadedOn()
  if (!project.upstreamDescription || !project.summary) return null
  return (
    <Section title={t('detail.upstream')}>
      <Box component="blockquote" lang="en" sx={{ m: 0, pl: 1.5, borderLeft: 3, borderColor: 'divider', whiteSpace: 'pre-line' }}>
        {project.upstreamDescription}
      </Box>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1, mb: 0 }}>
        {t('detail.upstreamSource', { date: formatDate(downloadedOn, i18n.language) })}
      </Typography>
    </Section>
  )
}
