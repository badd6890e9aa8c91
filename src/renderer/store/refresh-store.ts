import { create } from 'zustand'
import type { DownloadErrorKind } from '../../shared/refresh/download'
import type { RefreshProgress, SourceAttempt, DownloadFailure } from '../../shared/refresh/schema'
import type { HealthSourceId } from '../../shared/health/schema'

/** Where a refresh is: the download's own progress, merging, the health sources, or the logo pass. */
export type RefreshRunProgress =
  | RefreshProgress
  | { stage: 'apply' }
  | { stage: 'health'; source?: HealthSourceId; done: number; total: number }
  | { stage: 'logos'; done: number; total: number }

/** How each health source fared in a refresh (issue 14): what it brought, or why it failed. */
export type HealthOutcome = { source: HealthSourceId; ok: true; projects: number } | { source: HealthSourceId; ok: false; error: DownloadFailure }

export interface RefreshFailure {
  /** The headline reason: `offline` only when no source could be reached at all. */
  kind: DownloadErrorKind | 'storage' | 'no-source'
  /** Each source tried and why it failed (empty when the failure came after downloading). */
  attempts: SourceAttempt[]
  /** For failures after a successful download (storing, a source that looks incomplete). */
  message?: string
}

export type RefreshStatus =
  | { phase: 'idle' }
  | { phase: 'running'; automatic: boolean; progress?: RefreshRunProgress }
  | { phase: 'failed'; failure: RefreshFailure; at: string; health?: HealthOutcome[] }
  | { phase: 'done'; refreshId: string; changeCount: number; at: string; logos?: { stored: number; refused: number; failed: number }; health?: HealthOutcome[] }

/** The refresh under way or the last one's outcome, for the top bar, Settings and What's new. */
export const useRefreshStore = create<{ status: RefreshStatus; setStatus: (status: RefreshStatus) => void }>()((set) => ({
  status: { phase: 'idle' },
  setStatus: (status) => set({ status }),
}))
