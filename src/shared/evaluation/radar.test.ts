import { describe, expect, it } from 'vitest'
import type { StatusChange } from './history'
import { DEFAULT_RADAR, effectiveRadar, quadrantIndexOf, radarBlips } from './radar'
import { BLIP_RADIUS, layoutBlips, quadrantAngles, ringRadii, segmentPositions } from './radar-layout'

const projects = [
  { id: 'alpha', name: 'Alpha', category: 'Provisioning' },
  { id: 'beta', name: 'Beta', category: 'Orchestration & Management' },
  { id: 'gamma', name: 'Gamma', category: 'App Definition and Development' },
  { id: 'delta', name: 'Delta', category: 'A category added upstream later' },
  { id: 'eps', name: 'Eps', category: 'Runtime' },
]
const c = (id: string, projectId: string, statusId: string | null, at: string, reason?: string): StatusChange => ({ id, projectId, statusId, at, ...(reason ? { reason } : {}) })
const changes = [
  c('1', 'alpha', 'assess', '2026-09-01T00:00:00Z'),
  c('2', 'alpha', 'adopt', '2026-11-01T00:00:00Z', 'Works'),
  c('3', 'beta', 'trial', '2026-09-01T00:00:00Z'),
  c('4', 'beta', 'hold', '2026-11-02T00:00:00Z'),
  c('5', 'gamma', 'assess', '2026-11-03T00:00:00Z'),
  c('6', 'delta', 'adopt', '2026-08-01T00:00:00Z'),
  c('7', 'eps', 'rejected', '2026-11-03T00:00:00Z'),
]

describe('radar blips', () => {
  it('draws every project whose status is a ring, in its quadrant and ring; unlisted categories go to the last quadrant', () => {
    const blips = radarBlips(projects, changes, DEFAULT_RADAR)
    expect(blips.map((b) => [b.projectId, b.quadrant, b.ring])).toEqual([['alpha', 0, 0], ['beta', 1, 3], ['gamma', 2, 2], ['delta', 3, 0]])
    expect(blips.map((b) => b.number)).toEqual([1, 2, 3, 4])
    expect(blips[0]).toMatchObject({ reason: 'Works', decidedAt: '2026-11-01T00:00:00Z', statusId: 'adopt' })
  })

  it('marks moves since a day: in, out, new, unchanged', () => {
    const moved = Object.fromEntries(radarBlips(projects, changes, DEFAULT_RADAR, '2026-10-01').map((b) => [b.projectId, b.moved]))
    expect(moved).toEqual({ alpha: 1, beta: -1, gamma: 2, delta: 0 })
  })

  it('completes stored settings from the defaults', () => {
    expect(effectiveRadar(undefined)).toEqual(DEFAULT_RADAR)
    expect(effectiveRadar({ quadrants: [], rings: ['adopt', 'trial', 'assess', 'hold', 'to-look-at'] }).rings).toEqual(['adopt', 'trial', 'assess', 'hold'])
    expect(quadrantIndexOf({ category: 'Runtime' }, DEFAULT_RADAR)).toBe(0)
  })
})

describe('radar layout', () => {
  it('has rings growing outwards to the radius', () => {
    expect(ringRadii(4)).toEqual([130, 220, 310, 400])
    expect(ringRadii(1)).toEqual([400])
  })

  it('keeps blips inside their segment and apart while the segment has room', () => {
    const radii = ringRadii(4)
    for (const [quadrant, ring, count] of [[0, 0, 3], [1, 1, 12], [2, 3, 40], [3, 2, 1]]) {
      const points = segmentPositions(quadrant, ring, count, radii)
      expect(points).toHaveLength(count)
      const [start, end] = quadrantAngles(quadrant)
      for (const { x, y } of points) {
        const r = Math.hypot(x, y)
        let t = Math.atan2(y, x)
        if (t < 0) t += 2 * Math.PI
        expect(r).toBeGreaterThan(ring === 0 ? 30 : radii[ring - 1])
        expect(r).toBeLessThan(radii[ring])
        expect(t).toBeGreaterThan(start)
        expect(t).toBeLessThan(end)
      }
      for (let i = 0; i < points.length; i++) {
        for (let j = i + 1; j < points.length; j++) expect(Math.hypot(points[i].x - points[j].x, points[i].y - points[j].y)).toBeGreaterThan(2 * BLIP_RADIUS)
      }
    }
  })

  it('is deterministic', () => {
    const blips = [{ quadrant: 0, ring: 0 }, { quadrant: 0, ring: 0 }, { quadrant: 2, ring: 1 }]
    expect(layoutBlips(blips, 4)).toEqual(layoutBlips(blips, 4))
  })
})
