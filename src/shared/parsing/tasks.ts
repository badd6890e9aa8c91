import { parseBackup, type BackupParseResult } from '../backup/format'
import { readHealthAnswer, type HealthAnswerInput, type HealthAnswerRead } from '../health/read-answer'
import { parseLandscape, type LandscapeInput, type LandscapeParsed } from '../refresh/fetch-landscape'
import { checkLogo, type LogoCheck } from '../refresh/logo'

/**
 * The parsers of untrusted bytes that can take long: each runs in a worker (a utility process
 * in main, a Web Worker in the renderer) with a time budget, and is pure, so the same function
 * runs inline where no worker can be had. Inputs and outputs are structured-cloneable.
 */
export const parseTasks = {
  landscape: (input: LandscapeInput): LandscapeParsed => parseLandscape(input),
  logo: (bytes: Uint8Array): LogoCheck => checkLogo(bytes),
  backup: (text: string): BackupParseResult => parseBackup(text),
  health: (input: HealthAnswerInput): HealthAnswerRead => readHealthAnswer(input),
}

export type ParseTask = keyof typeof parseTasks
export type TaskInput<T extends ParseTask> = Parameters<(typeof parseTasks)[T]>[0]
export type TaskOutput<T extends ParseTask> = ReturnType<(typeof parseTasks)[T]>

/** Time budgets: a 19 MB landscape file takes a few seconds, a 2 MB logo well under one, a health answer (20 MB at most) a second or so. */
export const PARSE_BUDGET_MS: Record<ParseTask, number> = { landscape: 60_000, logo: 5_000, backup: 30_000, health: 30_000 }

export interface TaskRequest { id: number; task: ParseTask; input: unknown }
export type TaskResponse = { id: number; ok: true; output: unknown } | { id: number; ok: false; message: string }

/** What a worker does with one request: run the task, answer with its output or its error. */
export function answer(request: TaskRequest): TaskResponse {
  try {
    const run = parseTasks[request.task] as (input: unknown) => unknown
    return { id: request.id, ok: true, output: run(request.input) }
  } catch (error) {
    return { id: request.id, ok: false, message: String((error as Error)?.message ?? error) }
  }
}
