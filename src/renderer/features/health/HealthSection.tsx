import type { ReactNode } from 'react'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Chip from '@mui/material/Chip'
import Typography from '@mui/material/Typography'
import CheckIcon from '@mui/icons-material/CheckCircleOutlineOutlined'
import CloseIcon from '@mui/icons-material/HighlightOff'
import RemoveIcon from '@mui/icons-material/RemoveCircleOutlineOutlined'
import { useTranslation } from '../../i18n/useTranslation'
import { bestPracticesProjectUrl } from '../../../shared/health/best-practices'
import { CLOMONITOR_CHECKS, clomonitorProjectUrl } from '../../../shared/health/clomonitor'
import { HEALTH_CREDIT_URLS } from '../../../shared/health/credits'
import { lastAuditDate } from '../../../shared/health/health-index'
import { lfxProjectUrl } from '../../../shared/health/lfx'
import { CHECK_SECTIONS, LFX_PARTS, type CheckSection, type FigureSourceId } from '../../../shared/health/schema'
import type { ProjectHealth } from '../../../shared/health/snapshot'
import { TREND_METRICS, type ProjectTrend } from '../../../shared/health/trends'
import type { Project } from '../../../shared/dataset/schema'
import { localToday } from '../../../shared/projects/dates'
import { annualReviewState } from '../../../shared/projects/facets'
import { ExternalLink } from '../../components/ExternalLink'
import { formatDate } from '../../components/format'
import { Sparkline } from '../../components/Sparkline'
import { useHealthIndex, useSnapshots } from '../../db/health'
import { advisoryGroupLabel } from '../projects/labels'
import { Section } from '../project-detail/Section'
import { useDownloadedOn } from '../project-detail/useDownloadedOn'
import { badgeText, deltaText, decliningText, sourceName } from './labels'

/**
 * The project page's Health section: the figures of each health source with where and when they
 * came from, the trends kept over refreshes as sparklines with their change, the declining mark
 * and its rule, the landscape's review facts, CLOMonitor's checks by section, and links out.
 */
export function HealthSection({ project }: { project: Project }) {
  const { t, i18n } = useTranslation()
  const index = useHealthIndex()
  const snapshots = useSnapshots()
  if (!index || !snapshots) return null
  const health = index.figures.get(project.id)
  const trend = index.trends.get(project.id)
  const hasFigures = Boolean(health?.clomonitor || health?.bestPractices || health?.lfx)
  return (
    <Section title={t('health.section')}>
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }} data-testid="health-section">
        {trend?.declining && (
          <Alert severity="warning" data-testid="declining-marker">
            <Box sx={{ fontWeight: 600 }}>{decliningText(t, trend.declining)}</Box>
            <Box sx={{ fontSize: 13 }}>{t('health.decliningRule')}</Box>
          </Alert>
        )}
        {hasFigures ? <Figures project={project} health={health!} /> : (
          <Typography color="text.secondary">{snapshots.length > 0 ? t('health.notTracked') : t('health.empty')}</Typography>
        )}
        {trend && <Trends trend={trend} />}
        <LandscapeFacts project={project} />
        {health?.clomonitor && <Checks passed={health.clomonitor.passed} failed={health.clomonitor.failed} />}
        {snapshots.length > 0 && (
          <Typography variant="caption" color="text.secondary">{t('health.history', { count: snapshots.length, date: formatDate(snapshots[0].at, i18n.language) })}</Typography>
        )}
      </Box>
    </Section>
  )
}

function Source({ source, at, href }: { source: FigureSourceId; at: string; href?: string }) {
  const { t, i18n } = useTranslation()
  const name = sourceName(t, source)
  return (
    <Box sx={{ fontSize: 12.5, color: 'text.secondary', display: 'flex', gap: 1, flexWrap: 'wrap' }}>
      <span>{t('health.fetched', { source: name, date: formatDate(at, i18n.language) })}</span>
      {href && <ExternalLink href={href}>{t('health.openAt', { source: name })}</ExternalLink>}
    </Box>
  )
}

function Figure({ title, value, children, testId }: { title: string; value: ReactNode; children?: ReactNode; testId: string }) {
  return (
    <Box sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5, display: 'flex', flexDirection: 'column', gap: 0.5, minWidth: 0 }} data-testid={testId}>
      <Box component="dt" sx={{ color: 'text.secondary', fontSize: 12.5 }}>{title}</Box>
      <Box component="dd" sx={{ m: 0, display: 'flex', flexDirection: 'column', gap: 0.5 }}>
        <Box sx={{ fontSize: 20, fontWeight: 600, fontVariantNumeric: 'tabular-nums', display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>{value}</Box>
        {children}
      </Box>
    </Box>
  )
}

function Figures({ project, health }: { project: Project; health: ProjectHealth }) {
  const { t, i18n } = useTranslation()
  const number = (n: number) => n.toLocaleString(i18n.language, { maximumFractionDigits: 1 })
  const { clomonitor, bestPractices, lfx } = health
  return (
    <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: 1.5, m: 0 }}>
      {clomonitor && (
        <Figure title={t('health.clomonitorScore')} testId="health-clomonitor" value={<>
          {number(clomonitor.score)}
          <Chip size="small" label={t('health.rating', { rating: clomonitor.rating.toUpperCase() })} color={clomonitor.rating === 'a' ? 'success' : clomonitor.rating === 'd' ? 'error' : 'default'} variant="outlined" />
        </>}>
          <Box sx={{ fontSize: 13, color: 'text.secondary' }}>
            {CHECK_SECTIONS.flatMap((s) => (clomonitor.sections[s] === undefined ? [] : [t('health.sectionScore', { section: t(`health.sections.${s}`), score: number(Math.round(clomonitor.sections[s]!)) })])).join(' · ')}
          </Box>
          <Source source="clomonitor" at={clomonitor.fetchedAt} href={clomonitorProjectUrl(project.clomonitorName ?? clomonitor.name)} />
        </Figure>
      )}
      {bestPractices && (
        <Figure title={t('health.badgeTitle')} testId="health-best-practices" value={t(`health.badges.${bestPractices.level}`)}>
          <Box sx={{ fontSize: 13, color: 'text.secondary' }}>{badgeText(t, bestPractices.level, bestPractices.tieredPercentage)}</Box>
          <Source source="bestPractices" at={bestPractices.fetchedAt} href={bestPracticesProjectUrl(bestPractices.id)} />
          <Box sx={{ fontSize: 12, color: 'text.secondary' }}>
            <ExternalLink href={HEALTH_CREDIT_URLS.bestPractices}>{t('health.credits.bestPractices')}</ExternalLink>
          </Box>
        </Figure>
      )}
      {lfx && lfx.healthScore !== undefined && (
        <Figure title={t('health.lfxTitle')} testId="health-lfx" value={number(lfx.healthScore)}>
          <Box sx={{ fontSize: 13, color: 'text.secondary' }}>
            {LFX_PARTS.flatMap((p) => (lfx.parts[p] === undefined ? [] : [t('health.lfxPart', { part: t(`health.lfxParts.${p}`), value: number(lfx.parts[p]!) })])).join(' · ')}
          </Box>
          {lfx.activeContributors !== undefined && lfx.activeContributorsBefore !== undefined && (
            <Box sx={{ fontSize: 13, color: 'text.secondary' }}>{t('health.activeContributors', { last: number(lfx.activeContributors), before: number(lfx.activeContributorsBefore) })}</Box>
          )}
          <Source source="lfx" at={lfx.fetchedAt} href={lfxProjectUrl(lfx.slug)} />
        </Figure>
      )}
    </Box>
  )
}

function Trends({ trend }: { trend: ProjectTrend }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language
  const shown = TREND_METRICS.filter((m) => trend.series[m].length > 0)
  if (shown.length === 0) return null
  return (
    <Box component="section" aria-labelledby="health-trends">
      <Typography variant="subtitle2" component="h3" id="health-trends" sx={{ mb: 1 }}>{t('health.trends')}</Typography>
      <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0, display: 'flex', flexDirection: 'column', gap: 1 }}>
        {shown.map((metric) => {
          const series = trend.series[metric]
          const delta = trend.deltas[metric]
          const first = series[0]
          const last = series[series.length - 1]
          const label = t('health.sparkline', {
            metric: t(`health.metrics.${metric}`), count: series.length, from: formatDate(first.at, language), to: formatDate(last.at, language),
            first: first.value.toLocaleString(language), last: last.value.toLocaleString(language),
          })
          const falling = (metric === 'contributors' && trend.declining === 'contributors') || (metric === 'clomonitor' && trend.declining === 'clomonitor')
          return (
            <Box component="li" key={metric} data-testid={`trend-${metric}`} sx={{ display: 'grid', gridTemplateColumns: '150px 130px 1fr', alignItems: 'center', columnGap: 1.5 }}>
              <Box sx={{ color: 'text.secondary', fontSize: 13.5 }}>{t(`health.metrics.${metric}`)}</Box>
              <Sparkline points={series} label={label} warn={falling} />
              <Box sx={{ fontSize: 13.5, fontVariantNumeric: 'tabular-nums' }}>
                <Box component="span" sx={{ fontWeight: 600, mr: 1 }}>{last.value.toLocaleString(language)}</Box>
                {delta ? <Box component="span" sx={{ color: falling ? 'warning.main' : 'text.secondary' }}>{deltaText(t, language, metric, delta)}</Box>
                  : <Box component="span" sx={{ color: 'text.secondary' }}>{t('health.oneSnapshot')}</Box>}
              </Box>
            </Box>
          )
        })}
      </Box>
    </Box>
  )
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <Box component="dt" sx={{ color: 'text.secondary', fontWeight: 500 }}>{label}</Box>
      <Box component="dd" sx={{ m: 0, minWidth: 0, overflowWrap: 'anywhere' }}>{children}</Box>
    </>
  )
}

function LandscapeFacts({ project }: { project: Project }) {
  const { t, i18n } = useTranslation()
  const downloadedOn = useDownloadedOn()
  const language = i18n.language
  const review = annualReviewState(project, localToday())
  const lastAudit = lastAuditDate(project)
  const upstream = [
    ['releaseRate', project.upstreamReleaseRate],
    ['useCase', project.upstreamUseCase],
    ['businessUseCase', project.upstreamBusinessUseCase],
  ] as const
  return (
    <Box component="section" aria-labelledby="health-landscape">
      <Typography variant="subtitle2" component="h3" id="health-landscape" sx={{ mb: 1 }}>{t('health.landscapeTitle')}</Typography>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'minmax(140px, max-content) 1fr', columnGap: 2, rowGap: 0.75, m: 0 }}>
        <Fact label={t('health.advisoryGroups')}>
          {project.advisoryGroups?.length ? project.advisoryGroups.map(advisoryGroupLabel).join(', ') : <Box component="span" sx={{ color: 'text.secondary' }}>{t('health.annualReviewStates.none')}</Box>}
        </Fact>
        <Fact label={t('health.annualReview')}>
          <Box component="span" sx={{ color: review === 'due' ? 'warning.main' : review === 'none' ? 'text.secondary' : undefined }}>
            {t(`health.annualReviewStates.${review}`, { date: formatDate(project.lastAnnualReview, language) })}
          </Box>
          {project.links.annualReview && <> · <ExternalLink href={project.links.annualReview}>{t('links.annualReview')}</ExternalLink></>}
        </Fact>
        <Fact label={t('health.audits')}>
          {project.audits.length ? t('health.auditsLine', { count: project.audits.length, date: formatDate(lastAudit, language) }) : <Box component="span" sx={{ color: 'text.secondary' }}>{t('health.auditsNone')}</Box>}
        </Fact>
        {upstream.filter(([, text]) => text).map(([key, text]) => (
          <Fact key={key} label={t(`health.${key}`)}><Box component="span" lang="en">{text}</Box></Fact>
        ))}
      </Box>
      {upstream.some(([, text]) => text) && (
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 0.75, mb: 0 }}>{t('health.upstreamWords', { date: formatDate(downloadedOn, language) })}</Typography>
      )}
    </Box>
  )
}

const STATE_ICONS = { passed: CheckIcon, failed: CloseIcon, notApplicable: RemoveIcon } as const
type CheckState = keyof typeof STATE_ICONS

function Checks({ passed, failed }: { passed: readonly string[]; failed: readonly string[] }) {
  const { t } = useTranslation()
  const stateOf = (id: string): CheckState => (failed.includes(id) ? 'failed' : passed.includes(id) ? 'passed' : 'notApplicable')
  const na = CLOMONITOR_CHECKS.length - passed.length - failed.length
  return (
    <Box component="section" aria-labelledby="health-checks">
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1, mb: 1, flexWrap: 'wrap' }}>
        <Typography variant="subtitle2" component="h3" id="health-checks">{t('health.checksTitle')}</Typography>
        <Typography variant="body2" color="text.secondary">{t('health.checksSummary', { passed: passed.length, failed: failed.length, na })}</Typography>
      </Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))', gap: 1.5 }}>
        {CHECK_SECTIONS.map((section) => <CheckGroup key={section} section={section} stateOf={stateOf} />)}
      </Box>
    </Box>
  )
}

function CheckGroup({ section, stateOf }: { section: CheckSection; stateOf: (id: string) => CheckState }) {
  const { t } = useTranslation()
  const order: CheckState[] = ['failed', 'passed', 'notApplicable']
  const checks = CLOMONITOR_CHECKS.filter((c) => c.section === section).sort((a, b) => order.indexOf(stateOf(a.id)) - order.indexOf(stateOf(b.id)))
  return (
    <Box component="section" aria-label={t(`health.sections.${section}`)} data-testid={`checks-${section}`}>
      <Typography variant="body2" component="h4" sx={{ fontWeight: 600, mb: 0.5 }}>{t(`health.sections.${section}`)}</Typography>
      <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0, display: 'flex', flexDirection: 'column', gap: 0.25, fontSize: 13 }}>
        {checks.map((check) => {
          const state = stateOf(check.id)
          const Icon = STATE_ICONS[state]
          return (
            <Box component="li" key={check.id} data-state={state} sx={{ display: 'flex', alignItems: 'center', gap: 0.75, color: state === 'notApplicable' ? 'text.secondary' : undefined }}>
              <Icon aria-hidden="true" sx={{ fontSize: 16, color: state === 'passed' ? 'success.main' : state === 'failed' ? 'error.main' : 'text.disabled' }} />
              <span>{t(`health.checks.${check.id}`)}</span>
              <span className="visually-hidden">: {t(`health.checkStates.${state}`)}</span>
            </Box>
          )
        })}
      </Box>
    </Box>
  )
}
