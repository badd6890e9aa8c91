import { describe, expect, it } from 'vitest'
import { cleanReason, currentStatuses, historiesByProject, latestChanges, statusAsOf, type StatusChange } from './history'
import { DEFAULT_STATUSES, cleanStatusName, effectiveStatuses, reorderStatuses, statusRanks } from './status'

const change = (id: string, projectId: string, statusId: string | null, at: string, reason?: string): StatusChange => ({ id, projectId, statusId, at, ...(reason ? { reason } : {}) })
const changes = [
  change('3', 'headlamp', 'adopt', '2026-10-09T08:00:00.000Z', 'Plugin API fits'),
  change('1', 'headlamp', 'assess', '2026-10-01T08:00:00.000Z', 'Lens went paid'),
  change('2', 'sops', 'trial', '2026-10-02T08:00:00.000Z'),
  change('4', 'sops', null, '2026-10-03T08:00:00.000Z'),
  change('5', 'kubescape', 'hold', '2026-10-03T08:00:00.000Z'),
]

describe('status history', () => {
  it('derives the current status from the latest change, whatever the storage order', () => {
    expect(latestChanges(changes).get('headlamp')?.id).toBe('3')
    expect([...currentStatuses(changes)]).toEqual([['headlamp', 'adopt'], ['kubescape', 'hold']])
  })

  it('groups history by project, oldest first', () => {
    expect(historiesByProject(changes).get('headlamp')?.map((c) => c.id)).toEqual(['1', '3'])
  })

  it('answers what the status was on a day (a change that day counts from the next)', () => {
    const history = historiesByProject(changes).get('headlamp')!
    expect(statusAsOf(history, '2026-09-30')).toBeNull()
    expect(statusAsOf(history, '2026-10-05')).toBe('assess')
    expect(statusAsOf(history, '2026-10-09')).toBe('assess')
    expect(statusAsOf(history, '2026-10-10')).toBe('adopt')
  })

  it('keeps a reason to one bounded line, and drops an empty one', () => {
    expect(cleanReason('  Lens went\n\npaid  ')).toBe('Lens went paid')
    expect(cleanReason('   ')).toBeUndefined()
    expect(cleanReason('x'.repeat(900))).toHaveLength(500)
  })
})

describe('status set', () => {
  it('uses the six defaults until the user stores their own', () => {
    expect(effectiveStatuses([]).map((s) => s.id)).toEqual(['to-look-at', 'assess', 'trial', 'adopt', 'hold', 'rejected'])
    expect(effectiveStatuses([{ id: 'b', order: 1 }, { id: 'a', name: 'A', order: 0 }]).map((s) => s.id)).toEqual(['a', 'b'])
  })

  it('reorders and renumbers', () => {
    const moved = reorderStatuses(DEFAULT_STATUSES, 'adopt', -2)
    expect(moved.map((s) => s.id)).toEqual(['to-look-at', 'adopt', 'assess', 'trial', 'hold', 'rejected'])
    expect(moved.map((s) => s.order)).toEqual([0, 1, 2, 3, 4, 5])
    expect(reorderStatuses(DEFAULT_STATUSES, 'to-look-at', -1)[0].id).toBe('to-look-at')
    expect(statusRanks(moved).get('adopt')).toBe(1)
  })

  it('cleans names to one line', () => {
    expect(cleanStatusName('  In\nproduction ')).toBe('In production')
  })
})
