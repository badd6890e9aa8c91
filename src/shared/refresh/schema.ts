import { z } from '../zod'
import { HttpUrl, ProjectFacts } from '../dataset/schema'
import { DOWNLOAD_ERROR_KINDS } from './download'

/** The two formats a refresh reads, tried in the order the user configured them. */
export const SOURCE_FORMATS = ['api', 'yaml'] as const
export const SourceFormat = z.enum(SOURCE_FORMATS)
export type SourceFormat = z.infer<typeof SourceFormat>

export const RefreshSource = z.strictObject({ format: SourceFormat, url: HttpUrl })
export type RefreshSource = z.infer<typeof RefreshSource>

export const DownloadFailure = z.strictObject({
  kind: z.enum(DOWNLOAD_ERROR_KINDS),
  /** One readable sentence, naming the host. */
  message: z.string(),
  /** The HTTP status, for `http` failures. */
  status: z.number().int().optional(),
})
export type DownloadFailure = z.infer<typeof DownloadFailure>

/** A source that was tried and failed. */
export const SourceAttempt = z.strictObject({ format: SourceFormat, url: z.string(), error: DownloadFailure })
export type SourceAttempt = z.infer<typeof SourceAttempt>

export const FetchLandscapeResult = z.discriminatedUnion('ok', [
  z.strictObject({
    ok: z.literal(true),
    format: SourceFormat,
    url: HttpUrl,
    /** When the download finished (ISO time): figures are stamped with it. */
    fetchedAt: z.string(),
    /** ETag or Last-Modified of the file, when the server sent one. */
    revision: z.string().optional(),
    facts: z.array(ProjectFacts),
    /** Entries that were skipped or links dropped while normalising. */
    warnings: z.array(z.string()),
    /** Sources tried before this one, and why they failed. */
    failedAttempts: z.array(SourceAttempt),
  }),
  z.strictObject({ ok: z.literal(false), failedAttempts: z.array(SourceAttempt).min(1) }),
])
export type FetchLandscapeResult = z.infer<typeof FetchLandscapeResult>
export type FetchedLandscape = Extract<FetchLandscapeResult, { ok: true }>

export const LOGO_MIMES = ['image/svg+xml', 'image/png', 'image/jpeg', 'image/webp', 'image/gif'] as const
export const LogoMime = z.enum(LOGO_MIMES)
export type LogoMime = z.infer<typeof LogoMime>

export const LogoResult = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), mime: LogoMime, bytes: z.instanceof(Uint8Array) }),
  z.strictObject({ ok: z.literal(false), error: DownloadFailure }),
])
export type LogoResult = z.infer<typeof LogoResult>

/** Progress of the landscape download, sent from where it runs to the UI. */
export const RefreshProgress = z.discriminatedUnion('stage', [
  z.strictObject({
    stage: z.literal('download'),
    format: SourceFormat,
    url: z.string(),
    receivedBytes: z.number().nonnegative(),
    totalBytes: z.number().nonnegative().optional(),
  }),
  z.strictObject({ stage: z.literal('process'), format: SourceFormat, url: z.string() }),
])
export type RefreshProgress = z.infer<typeof RefreshProgress>
