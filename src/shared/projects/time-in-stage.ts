import type { Project } from '../dataset/schema'
import { daysBetween } from './dates'

type Dated = Pick<Project, 'maturity' | 'dates'>

/**
 * The day the project entered the maturity it has now. Projects accepted straight into
 * incubation have no separate incubating date in some sources: their acceptance is the start.
 */
export function stageStart(project: Dated): string | undefined {
  const { dates } = project
  switch (project.maturity) {
    case 'sandbox': return dates.accepted
    case 'incubating': return dates.incubating ?? dates.accepted
    case 'graduated': return dates.graduated
    case 'archived': return dates.archived
  }
}

/** Days since the project entered its current maturity, on `today`. */
export function daysInStage(project: Dated, today: string): number | undefined {
  const start = stageStart(project)
  return start && start <= today ? daysBetween(start, today) : undefined
}

/**
 * Days from joining the Sandbox to incubation, for projects that moved: accepted before their
 * incubating date. Projects accepted straight into incubation have none.
 */
export function sandboxToIncubationDays(project: Dated): number | undefined {
  const { accepted, incubating } = project.dates
  return accepted && incubating && accepted < incubating ? daysBetween(accepted, incubating) : undefined
}

/** Days in the CNCF: from acceptance to today, or to the archiving for archived projects. */
export function daysInCncf(project: Dated, today: string): number | undefined {
  const { accepted, archived } = project.dates
  const end = project.maturity === 'archived' && archived ? archived : today
  return accepted && accepted <= end ? daysBetween(accepted, end) : undefined
}
