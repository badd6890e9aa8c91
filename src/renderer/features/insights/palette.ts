import type { Maturity } from '../../../shared/dataset/schema'
import type { Fate } from '../../../shared/insights/cohorts'
import type { MovementKind } from '../../../shared/insights/movements'

type Mode = 'light' | 'dark'

/**
 * Okabe and Ito's palette, chosen to stay distinct for the common forms of colour blindness
 * (https://jfly.uni-koeln.de/color/#pallet). Lighter variants where a colour is too dark on the
 * dark theme's surfaces; grey for what is over (archived) or left over ("other").
 */
const BLUE = { light: '#0072B2', dark: '#56B4E9' }
const ORANGE = { light: '#E69F00', dark: '#E69F00' }
const GREEN = { light: '#009E73', dark: '#1FB58A' }
const GREY = { light: '#8C8C8C', dark: '#9E9E9E' }
const QUALITATIVE: { light: string; dark: string }[] = [
  BLUE, ORANGE, GREEN, { light: '#CC79A7', dark: '#CC79A7' }, { light: '#56B4E9', dark: '#9AD3F5' }, { light: '#D55E00', dark: '#F07A2C' },
  { light: '#B8A800', dark: '#F0E442' },
]

export function maturityColor(maturity: Maturity | 'inception', mode: Mode): string {
  const colors = { inception: GREY, sandbox: BLUE, incubating: ORANGE, graduated: GREEN, archived: GREY }
  return colors[maturity][mode]
}

export function fateColor(fate: Fate, mode: Mode): string {
  return (fate === 'sandbox' ? BLUE : fate === 'promoted' ? ORANGE : GREY)[mode]
}

export function movementColor(kind: MovementKind, mode: Mode): string {
  return (kind === 'incubating' ? ORANGE : kind === 'graduated' ? GREEN : GREY)[mode]
}

/** Up to seven categories by rank, grey for "other". */
export function categoryColor(rank: number, other: boolean, mode: Mode): string {
  return other ? GREY[mode] : QUALITATIVE[rank % QUALITATIVE.length][mode]
}

/** The 2023 cohort's line stands out; the other years share one hue from pale (oldest) to strong. */
export function cohortLineColor(year: string, index: number, count: number, mode: Mode): string {
  if (year === '2023') return mode === 'light' ? '#D55E00' : '#F07A2C'
  const t = count <= 1 ? 1 : index / (count - 1)
  const lightness = mode === 'light' ? 78 - t * 40 : 40 + t * 35
  return `hsl(205 35% ${lightness}%)`
}
