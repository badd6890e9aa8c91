import { sandboxEntryYear } from '../dataset/intake'
import { MATURITIES, type Maturity, type Project } from '../dataset/schema'
import { entryLevel, type EntryLevel } from '../projects/entry'
import type { Selection } from './scope'
import { daysBetween } from './time'

/** A level a project was at, from one date to the next (or to the data's date). */
export interface Stage {
  level: EntryLevel | 'archived'
  from: string
  to: string
  days: number
}

export interface ArticleProject {
  id: string
  name: string
  accepted: string
  maturity: Maturity
  /** Its path since acceptance, oldest first; a level left on the day it was reached is not a stage. */
  stages: Stage[]
  /** Days at its level today (the last stage). */
  daysInStage: number
  /** The user's evaluation status, when they set one. */
  status?: string
}

export interface ArticleCohort {
  projects: ArticleProject[]
  /** How many each maturity has today. */
  now: Record<Maturity, number>
  /** Opens the article's cohort in the table (it is the 2023 Sandbox intake). */
  selection: Selection
}

/**
 * The 2023 cohort: the projects accepted into the Sandbox in 2023 (from their dates: the 25 the
 * seed article lists, 24 of them reviewed), then and now.
 * A project's path is read from its dates: its entry level from acceptance (entry.ts), then each
 * later level from its date, archival last. Several steps on one day leave only the last as a
 * stage. An archived project without a record of the level it held is drawn at its last dated
 * level until archival: the landscape does not say more, and nothing is made up.
 * Rows run by acceptance date, then name.
 */
export function articleCohort(projects: readonly Project[], asOf: string, statusOf: (id: string) => string | undefined = () => undefined): ArticleCohort {
  const rows = projects
    .filter((p) => sandboxEntryYear(p) === '2023')
    .map((p) => articleProject(p, asOf, statusOf(p.id)))
    .sort((a, b) => a.accepted.localeCompare(b.accepted) || a.name.localeCompare(b.name, 'en'))
  const now = Object.fromEntries(MATURITIES.map((m) => [m, rows.filter((r) => r.maturity === m).length])) as Record<Maturity, number>
  return { projects: rows, now, selection: { entry: ['sandbox'], year: ['2023'] } }
}

function articleProject(project: Project, asOf: string, status: string | undefined): ArticleProject {
  const { dates } = project
  const steps: { level: Stage['level']; date: string }[] = [{ level: entryLevel(dates) ?? 'sandbox', date: dates.accepted! }]
  if (dates.incubating && dates.incubating > dates.accepted!) steps.push({ level: 'incubating', date: dates.incubating })
  if (dates.graduated && dates.graduated > dates.accepted!) steps.push({ level: 'graduated', date: dates.graduated })
  if (dates.archived) steps.push({ level: 'archived', date: dates.archived })
  steps.sort((a, b) => a.date.localeCompare(b.date))
  const stages = steps
    .map((step, i) => {
      const to = steps[i + 1]?.date ?? asOf
      return { level: step.level, from: step.date, to, days: Math.max(0, daysBetween(step.date, to)) }
    })
    .filter((stage, i, all) => stage.days > 0 || i === all.length - 1)
  return {
    id: project.id,
    name: project.name,
    accepted: dates.accepted!,
    maturity: project.maturity,
    stages,
    daysInStage: stages[stages.length - 1].days,
    ...(status ? { status } : {}),
  }
}
