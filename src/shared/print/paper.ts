import type { PaperSize } from '../ipc/contract'

// Where Letter is the paper in use (CLDR's measurement data); A4 everywhere else.
const LETTER_REGIONS = new Set(['BZ', 'CA', 'CL', 'CO', 'CR', 'GT', 'MX', 'NI', 'PA', 'PH', 'PR', 'SV', 'US', 'VE'])

/** The paper a PDF is printed on, from the system locale (en-US: Letter; ru-RU, en-GB: A4). */
export function paperSizeForLocale(locale: string | undefined): PaperSize {
  if (!locale || locale.length > 100) return 'A4'
  let region: string | undefined
  try {
    region = new Intl.Locale(locale).maximize().region
  } catch {
    return 'A4'
  }
  return region && LETTER_REGIONS.has(region) ? 'Letter' : 'A4'
}
