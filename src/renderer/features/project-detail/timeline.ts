import type { MaturityDates } from '../../../shared/dataset/schema'

export type TimelineEvent = { kind: keyof MaturityDates; date: string }

/** The dated steps of a project's CNCF life, oldest first. */
export function maturityTimeline(dates: MaturityDates): TimelineEvent[] {
  const order: (keyof MaturityDates)[] = ['joined', 'accepted', 'incubating', 'graduated', 'archived']
  return order
    .filter((kind) => dates[kind] !== undefined)
    .map((kind) => ({ kind, date: dates[kind]! }))
    .sort((a, b) => a.date.localeCompare(b.date) || order.indexOf(a.kind) - order.indexOf(b.kind))
}
