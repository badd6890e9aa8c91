import type { MaturityDates } from '../../../shared/dataset/schema'

export type TimelineStep = keyof MaturityDates
/** One day of a project's CNCF life: the steps it took that day (joining and acceptance often coincide). */
export type TimelineEvent = { date: string; steps: TimelineStep[] }

const ORDER: TimelineStep[] = ['joined', 'accepted', 'incubating', 'graduated', 'archived']

/**
 * The dated steps of a project's CNCF life, oldest first, one entry per day. Joining on the day of
 * acceptance says nothing more than the acceptance, so that step is left out of the day.
 */
export function maturityTimeline(dates: MaturityDates): TimelineEvent[] {
  const days = new Map<string, TimelineStep[]>()
  for (const step of ORDER) {
    const date = dates[step]
    if (date !== undefined) days.set(date, [...(days.get(date) ?? []), step])
  }
  return [...days]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, steps]) => ({ date, steps: steps.includes('accepted') ? steps.filter((s) => s !== 'joined') : steps }))
}
