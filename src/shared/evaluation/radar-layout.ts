/**
 * Where the radar's blips go: deterministic (the same data draws the same picture, so exported
 * pictures diff cleanly), inside their quadrant and ring, evenly spread along arcs so they do not
 * overlap while the segment has room. Coordinates are SVG's: origin at the centre, y down.
 */
export const RADAR_RADIUS = 400
export const BLIP_RADIUS = 10
/** Centre-to-centre distance between neighbouring blips. */
const SPACING = 2 * BLIP_RADIUS + 6
/** Distance kept from a segment's edges. */
const PAD = BLIP_RADIUS + 6
const INNERMOST = 30

/** Outer radius of each ring, innermost first (for four rings: Zalando's 130/220/310/400 of 400). */
export function ringRadii(ringCount: number, radius = RADAR_RADIUS): number[] {
  return Array.from({ length: ringCount }, (_, k) => Math.round(radius * (0.1 + (0.9 * (k + 1)) / ringCount) * 10) / 10)
}

/** Start and end angle of a quadrant, clockwise from the positive x axis (0: bottom right). */
export function quadrantAngles(quadrant: number): [number, number] {
  return [(quadrant * Math.PI) / 2, ((quadrant + 1) * Math.PI) / 2]
}

export interface Point {
  x: number
  y: number
}

/** Positions for `count` blips in one quadrant's ring, in order. */
export function segmentPositions(quadrant: number, ring: number, count: number, radii: readonly number[]): Point[] {
  if (count === 0) return []
  const inner = (ring === 0 ? INNERMOST : radii[ring - 1]) + PAD
  const outer = radii[ring] - PAD
  const [start, end] = quadrantAngles(quadrant)
  const rowCount = Math.max(1, Math.floor((outer - inner) / SPACING) + 1)
  const rows = Array.from({ length: rowCount }, (_, j) => {
    const r = rowCount === 1 ? (inner + outer) / 2 : inner + (j * (outer - inner)) / (rowCount - 1)
    const arc = r * (end - start) - 2 * PAD
    return { r, capacity: Math.max(1, Math.floor(arc / SPACING) + 1) }
  })
  const capacity = rows.reduce((n, row) => n + row.capacity, 0)
  // Share the blips out in proportion to each row's room; outer rows take what rounding leaves.
  const counts = rows.map((row) => Math.floor((count * row.capacity) / capacity))
  for (let left = count - counts.reduce((a, b) => a + b, 0), j = rowCount - 1; left > 0; j = (j - 1 + rowCount) % rowCount) {
    counts[j]++
    left--
  }
  const points: Point[] = []
  rows.forEach((row, j) => {
    const n = counts[j]
    const margin = PAD / row.r
    const span = end - start - 2 * margin
    for (let i = 0; i < n; i++) {
      // Alternate rows are shifted by half a step, so blips in neighbouring rows do not line up.
      const t = start + margin + (span * (i + (j % 2 === 0 ? 0.5 : 0.5 + 0.25))) / n
      points.push({ x: row.r * Math.cos(t), y: row.r * Math.sin(t) })
    }
  })
  return points
}

/** Positions for every blip, keyed by its index in `blips`. */
export function layoutBlips(blips: readonly { quadrant: number; ring: number }[], ringCount: number): Point[] {
  const radii = ringRadii(ringCount)
  const groups = new Map<string, number[]>()
  blips.forEach((blip, i) => {
    const key = `${blip.quadrant}:${blip.ring}`
    const group = groups.get(key)
    if (group) group.push(i)
    else groups.set(key, [i])
  })
  const positions: Point[] = new Array(blips.length)
  for (const indexes of groups.values()) {
    const { quadrant, ring } = blips[indexes[0]]
    segmentPositions(quadrant, ring, indexes.length, radii).forEach((point, k) => { positions[indexes[k]] = point })
  }
  return positions
}
