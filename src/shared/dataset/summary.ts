import type { LocalizedText } from './schema'

export interface ProjectBlurb {
  text: string
  /** `curated`: our words in the UI language; `upstream`: the landscape's own, in English, to attribute. */
  origin: 'curated' | 'upstream'
  lang: 'en' | 'ru'
}

/**
 * The one line that describes a project: our curated summary in the UI language, else (for a
 * project new upstream, not curated yet) the landscape's own description, marked for attribution.
 */
export function projectBlurb(project: { summary?: LocalizedText; upstreamDescription?: string }, language: 'en' | 'ru'): ProjectBlurb | undefined {
  if (project.summary) return { text: project.summary[language], origin: 'curated', lang: language }
  if (project.upstreamDescription) return { text: project.upstreamDescription, origin: 'upstream', lang: 'en' }
  return undefined
}
