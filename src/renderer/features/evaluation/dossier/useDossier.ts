import { useTranslation } from '../../../i18n/useTranslation'
import { LINK_KINDS } from '../../../../shared/dataset/constants'
import type { Project } from '../../../../shared/dataset/schema'
import { primaryFigures } from '../../../../shared/dataset/figures'
import { projectBlurb } from '../../../../shared/dataset/summary'
import type { Dossier, DossierProject } from '../../../../shared/evaluation/dossier'
import { formatDate, hostOf } from '../../../components/format'
import type { DossierData } from '../../../db/dossier'
import { fieldValueText, useStatusLabels } from '../labels'

/** What a dossier covers: one project, one of the user's lists, or what the filters show now. */
export type DossierScope =
  | { kind: 'project'; project: Pick<Project, 'id' | 'name'> }
  | { kind: 'list'; listId: string; name: string }
  | { kind: 'filter'; projectIds: string[] }

/** Builds dossiers in the UI language: the model, its Markdown and its file name. */
export function useDossier() {
  const { t, i18n } = useTranslation()
  const language = i18n.language === 'ru' ? 'ru' : 'en'
  const labels = useStatusLabels()
  const date = (value: string | undefined) => formatDate(value, language)

  const projectPart = (project: Project, data: DossierData): DossierProject => {
    const figures = primaryFigures(project)
    const pair = (label: string, value: string | number | undefined) => (value === undefined || value === '' ? [] : [{ label, value: String(value) }])
    const history = data.histories.get(project.id) ?? []
    const latest = history.at(-1)
    const values = data.valuesOf.get(project.id)
    return {
      id: project.id,
      name: project.name,
      summary: projectBlurb(project, language)?.text,
      facts: [
        ...pair(t('columns.maturity'), t(`maturity.${project.maturity}`)),
        ...pair(t('columns.category'), `${project.category} › ${project.subcategory}`),
        ...pair(t('compare.rows.accepted'), date(project.dates.accepted)),
        ...pair(t('compare.rows.incubating'), date(project.dates.incubating)),
        ...pair(t('compare.rows.graduated'), date(project.dates.graduated)),
        ...pair(t('compare.rows.archived'), date(project.dates.archived)),
        ...pair(t('columns.tags'), project.tags.join(', ')),
      ],
      figures: figures ? [
        ...pair(t('columns.stars'), figures.stars?.toLocaleString(language)),
        ...pair(t('columns.contributors'), figures.contributors?.toLocaleString(language)),
        ...pair(t('columns.license'), figures.license),
        ...pair(t('columns.latestRelease'), date(figures.latestRelease)),
        ...pair(t('compare.rows.languages'), Object.entries(figures.languages ?? {}).sort((a, b) => b[1] - a[1]).slice(0, 4).map(([name]) => name).join(', ')),
      ] : [],
      status: latest?.statusId ? labels.label(latest.statusId, latest.statusName) : undefined,
      history: [...history].reverse().map((c) => ({ date: c.at.slice(0, 10), status: labels.label(c.statusId, c.statusName), ...(c.reason ? { reason: c.reason } : {}) })),
      fields: data.fields.flatMap((f) => pair(f.name, fieldValueText(f, values?.get(f.id), t, language))),
      tags: data.tagsOf.get(project.id) ?? [],
      lists: data.listsOf.get(project.id) ?? [],
      note: data.notes.get(project.id),
      links: [
        ...LINK_KINDS.filter((k) => k === 'homepage' || k === 'documentation').flatMap((k) => (project.links[k] ? [{ label: t(`links.${k}`), url: project.links[k]! }] : [])),
        ...project.repositories.map((r) => ({ label: r.url.replace(/^https?:\/\/(www\.)?/, ''), url: r.url })),
      ],
    }
  }

  /** The dossier for a scope, as a model (for printing) and as a Markdown body with its file name (saved in the export envelope). */
  const build = async (scope: DossierScope, now = new Date()): Promise<{ dossier: Dossier; body: string; fileName: string }> => {
    // Their reading and writing load when a dossier is first asked for.
    const [{ listProjectIds, readDossierData }, { dossierBody, dossierFileName }] = await Promise.all([
      import('../../../db/dossier'), import('../../../../shared/evaluation/dossier'),
    ])
    const ids = scope.kind === 'project' ? [scope.project.id] : scope.kind === 'list' ? await listProjectIds(scope.listId) : scope.projectIds
    const data = await readDossierData(ids)
    const projects = scope.kind === 'project' ? data.projects : [...data.projects].sort((a, b) => a.name.localeCompare(b.name, language))
    const title = scope.kind === 'project' ? scope.project.name : scope.kind === 'list' ? scope.name : t('dossier.filterTitle')
    const source = data.meta?.source
    const dossier: Dossier = {
      title: t('dossier.title', { name: title }),
      intro: [
        scope.kind === 'project' ? t('dossier.introProject') : scope.kind === 'list' ? t('dossier.introList', { count: projects.length, name: scope.name }) : t('dossier.introFilter', { count: projects.length }),
        t('dossier.made', { date: formatDate(now.toISOString(), language) }),
      ],
      labels: {
        facts: t('dossier.facts'), figures: t('dossier.figures'), status: t('evaluation.status'), history: t('evaluation.history'), noHistory: t('dossier.noHistory'),
        fields: t('evaluation.fields.title'), tags: t('bookmarks.tags'), lists: t('bookmarks.lists'), note: t('dossier.note'), links: t('dossier.links'), contents: t('dossier.contents'),
      },
      projects: projects.map((p) => projectPart(p, data)),
      attribution: [
        t('attribution.text'),
        source && (source.live ? t('attribution.live', { host: hostOf(source.url), date: date(source.date) }) : t('attribution.snapshot', { revision: source.revision.slice(0, 12), date: date(source.date) })),
        t('attribution.summaries'),
      ].filter(Boolean).join(' · '),
    }
    return { dossier, body: dossierBody(dossier), fileName: dossierFileName(title, now.toISOString().slice(0, 10)) }
  }

  return { build }
}
