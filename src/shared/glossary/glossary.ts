import type { Project } from '../dataset/schema'
import { RU_CATEGORIES, RU_PERSONAS, RU_SUBCATEGORIES, RU_TERMS } from './ru'

export type Language = 'en' | 'ru'

/** "SRE/ DevOps Engineers" and "sre/devops engineers" are one persona. */
export function personaKey(persona: string): string {
  return persona.trim().toLowerCase().replace(/\s+/g, ' ').replace(/\s*\/\s*/g, '/')
}

/** A landscape category in the UI language; one the glossary does not know is shown as it is. */
export function localizeCategory(name: string, language: Language): string {
  return language === 'ru' ? (RU_CATEGORIES[name] ?? name) : name
}

export function localizeSubcategory(name: string, language: Language): string {
  return language === 'ru' ? (RU_SUBCATEGORIES[name] ?? name) : name
}

export function localizePersona(name: string, language: Language): string {
  return language === 'ru' ? (RU_PERSONAS[personaKey(name)] ?? name) : name
}

/**
 * The Russian names of a project's categories and subcategories (main placement first), for
 * search: a Russian reader types "наблюдаемость" and finds what upstream files under Observability.
 */
export function russianPlacementNames(project: Pick<Project, 'category' | 'subcategory' | 'extraPlacements'>): string[] {
  const names = [project.category, project.subcategory, ...project.extraPlacements.flatMap((p) => [p.category, p.subcategory])]
  return [...new Set(names.map((n) => RU_CATEGORIES[n] ?? RU_SUBCATEGORIES[n]).filter((n): n is string => n !== undefined && !names.includes(n)))]
}

export interface AvoidedForm {
  /** The avoided form as the glossary writes it. */
  form: string
  /** The glossary term whose chosen form should be used instead. */
  term: string
  ru: string
  /** What matched in the text. */
  found: string
}

const foldYo = (text: string) => text.replace(/ё/g, 'е').replace(/Ё/g, 'Е')

/**
 * An avoided form as a pattern: a word or phrase at a word start, `*` standing for an ending of
 * letters. Built from escaped literals, so no pattern has nested quantifiers.
 */
function avoidPattern(form: string): RegExp {
  const body = foldYo(form).split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\p{L}*')
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'iu')
}

// Compiled on first use: the check runs over curated texts, never in the app's start-up, which
// would spend ~13 ms compiling these Unicode patterns (traced) for nothing.
let avoided: { form: string; term: string; ru: string; pattern: RegExp; names: string[] }[] | undefined

/** The glossary's avoided forms that a Russian text uses, each with the form to write instead. */
export function avoidedForms(text: string): AvoidedForm[] {
  const folded = foldYo(text)
  avoided ??= RU_TERMS.flatMap((term) => (term.avoid ?? []).map((form) => ({
    form, term: term.en, ru: term.ru, pattern: avoidPattern(form), names: term.names ?? [],
  })))
  return avoided.flatMap(({ pattern, names, ...entry }) => {
    const checked = names.reduce((t, name) => t.split(name).join(' '), folded)
    const match = pattern.exec(checked)
    return match ? [{ ...entry, found: match[0] }] : []
  })
}
