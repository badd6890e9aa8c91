// One downloaded health answer read into figures: a parse task (src/shared/parsing), so a large
// or hostile answer takes the parser's worker's time, never the window's or main's.
import { decodeText, DownloadError, parseJson } from '../refresh/download'
import type { DownloadFailure } from '../refresh/schema'
import { TaskError } from '../parsing/task-error'
import { BestPracticesFormatError, readBestPracticesPage } from './best-practices'
import { ClomonitorFormatError, readClomonitorChecks, readClomonitorSearchPage } from './clomonitor'
import { LfxFormatError, readLfxInsight } from './lfx'
import type { BestPracticesFigures, LfxFigures } from './schema'

/**
 * What each kind of answer is read as. Lists of pairs rather than maps, so the value crosses a
 * worker's or a utility process's message port as it is.
 */
export interface HealthAnswers {
  clomonitorSearch: ReturnType<typeof readClomonitorSearchPage>
  clomonitorChecks: [string, { passed: string[]; failed: string[] }][]
  bestPractices: [number, BestPracticesFigures][]
  lfx: LfxFigures
}
export type HealthAnswerKind = keyof HealthAnswers

export interface HealthAnswerInput {
  kind: HealthAnswerKind
  url: string
  bytes: Uint8Array
  /** The LFX Insights project asked for (its answer must name it). */
  slug?: string
}

export type HealthAnswerRead = { ok: true; value: HealthAnswers[HealthAnswerKind] } | { ok: false; failure: DownloadFailure }

/** A health source's failure as its status says it. */
export function healthFailure(error: unknown): DownloadFailure {
  if (error instanceof DownloadError) return error.status ? { kind: error.kind, message: error.message, status: error.status } : { kind: error.kind, message: error.message }
  if (error instanceof ClomonitorFormatError || error instanceof BestPracticesFormatError || error instanceof LfxFormatError) {
    return { kind: 'bad-shape', message: `${error.message}.` }
  }
  if (error instanceof TaskError) {
    if (error.kind === 'cancelled') return { kind: 'cancelled', message: 'The download was cancelled.' }
    return error.kind === 'timeout'
      ? { kind: 'timeout', message: `The answer was too slow to read: ${error.message}` }
      : { kind: 'bad-shape', message: `The answer could not be read: ${error.message}` }
  }
  return { kind: 'bad-shape', message: `The data could not be read: ${String((error as Error)?.message ?? error)}.` }
}

function read(kind: HealthAnswerKind, url: string, bytes: Uint8Array, slug: string): HealthAnswers[HealthAnswerKind] {
  switch (kind) {
    case 'clomonitorSearch': return readClomonitorSearchPage(parseJson(bytes, url))
    case 'clomonitorChecks': return [...readClomonitorChecks(decodeText(bytes))]
    case 'bestPractices': return [...readBestPracticesPage(parseJson(bytes, url))]
    case 'lfx': return readLfxInsight(parseJson(bytes, url), slug)
  }
}

/** Reads one answer; never throws (a parse task): the value, or the failure its source reports. */
export function readHealthAnswer({ kind, url, bytes, slug = '' }: HealthAnswerInput): HealthAnswerRead {
  try {
    return { ok: true, value: read(kind, url, bytes, slug) }
  } catch (error) {
    return { ok: false, failure: healthFailure(error) }
  }
}
