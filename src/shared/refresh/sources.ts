import type { RefreshSource } from './schema'

/**
 * Where a refresh reads from unless the user points it at a mirror (Settings). Its own module, so
 * the settings store can read it without loading the parsers.
 */
export const DEFAULT_SOURCES: readonly RefreshSource[] = [
  { format: 'api', url: 'https://landscape.cncf.io/api/projects/all.json' },
  { format: 'yaml', url: 'https://raw.githubusercontent.com/cncf/landscape/master/landscape.yml' },
]
