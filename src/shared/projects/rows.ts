import type { LocalizedText, Project } from '../dataset/schema'
import { russianPlacementNames } from '../glossary/glossary'
import type { SearchDocument } from '../search/search-index'

/**
 * Long texts the Projects view never shows (the project page reads them from the whole project):
 * left out of its rows, so a catalogue of 100,000 projects fits in memory. The search still finds
 * them: its index is made from the whole projects.
 */
export const LONG_TEXT_FIELDS = ['highlights', 'links', 'otherLinks', 'personas', 'integrations'] as const

/**
 * What the Projects view (table, cards, groups, filters, export) and the Board read of a project:
 * everything but the long texts, and the summary without its sources. A new fact in the dataset's
 * schema (a health score, say) is in the rows without a change here. Every Project is one.
 */
export type TableProject = Omit<Project, (typeof LONG_TEXT_FIELDS)[number] | 'summary'> & { summary?: LocalizedText }

/** A project's row: the project without its long texts; the summary in `language` only, when given (the other left empty). */
export function tableProject(project: Project, language?: 'en' | 'ru'): TableProject {
  const row: Partial<Project> = { ...project }
  for (const field of LONG_TEXT_FIELDS) delete row[field]
  delete row.summary
  const summary = project.summary && { en: language === 'ru' ? '' : project.summary.en, ru: language === 'en' ? '' : project.summary.ru }
  return { ...(row as TableProject), ...(summary ? { summary } : {}) }
}

/**
 * What the search reads of a project: its name and id, its labels (tags, categories and
 * subcategories in English and Russian) and its texts (summaries and highlights in both
 * languages, the upstream description). Rows without their long texts give what they have.
 */
export function searchDocument(project: TableProject & Partial<Pick<Project, 'highlights'>>): SearchDocument {
  return {
    id: project.id,
    name: project.name,
    labels: [
      ...project.tags, project.category, project.subcategory,
      ...project.extraPlacements.flatMap((p) => [p.category, p.subcategory]), ...russianPlacementNames(project),
    ],
    texts: [
      project.summary?.en ?? '', project.summary?.ru ?? '', project.upstreamDescription ?? '',
      ...(project.highlights ?? []).flatMap((h) => [h.en, h.ru]),
    ].filter(Boolean),
  }
}
