import type { HealthSourceId } from './schema'

/**
 * Where each source's credit line points when its figures are shown or exported: the OpenSSF
 * Best Practices data is CC BY 3.0+ and asks for its contributors to be credited (its
 * docs/api.md); CLOMonitor and LFX Insights name no licence for their figures, so their line
 * names where the figures come from.
 */
export const HEALTH_CREDIT_URLS: Record<HealthSourceId, string> = {
  bestPractices: 'https://creativecommons.org/licenses/by/3.0/',
  clomonitor: 'https://clomonitor.io',
  lfx: 'https://insights.linuxfoundation.org',
}
