import type { HealthSourceId } from './schema'

/**
 * Where the health sources are read unless Settings point at a mirror. Its own module, so the
 * settings store can read it without loading the downloads and readers.
 */
export const DEFAULT_HEALTH_URLS: Record<HealthSourceId, string> = {
  clomonitor: 'https://clomonitor.io',
  bestPractices: 'https://www.bestpractices.dev',
  lfx: 'https://insights.linuxfoundation.org',
}
