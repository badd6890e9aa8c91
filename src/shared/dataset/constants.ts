// The dataset's names and version without its schemas: code that runs at start reads them here,
// so it does not load zod (schema.ts re-exports them).

/** Bump when the shape changes; readers reject documents they do not understand. */
export const DATASET_SCHEMA_VERSION = 2

export const MATURITIES = ['sandbox', 'incubating', 'graduated', 'archived'] as const

/** Every community link the sources offer; each optional, each an http(s) URL. */
export const LINK_KINDS = [
  'homepage', 'documentation', 'blog', 'slack', 'mailingList', 'devstats', 'artwork', 'twitter',
  'bluesky', 'linkedin', 'youtube', 'githubDiscussions', 'stackOverflow', 'gitter', 'discord',
  'docker', 'packageManager', 'bestPractices', 'annualReview', 'intro', 'organization',
] as const
export type LinkKind = (typeof LINK_KINDS)[number]
