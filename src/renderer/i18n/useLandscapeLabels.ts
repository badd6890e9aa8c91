import { useMemo } from 'react'
import { useTranslation } from './useTranslation'
import { localizeCategory, localizePersona, localizeSubcategory } from '../../shared/glossary/glossary'
import type { Placement } from '../../shared/dataset/schema'

export interface LandscapeLabels {
  language: 'en' | 'ru'
  category: (name: string) => string
  subcategory: (name: string) => string
  /** "Category › Subcategory" in the UI language. */
  placement: (p: Placement) => string
  persona: (name: string) => string
}

/** Landscape values (categories, subcategories, personas) in the UI language, per the glossary. */
export function useLandscapeLabels(): LandscapeLabels {
  const { i18n } = useTranslation()
  const language = i18n.language === 'ru' ? 'ru' : 'en'
  return useMemo(() => ({
    language,
    category: (name) => localizeCategory(name, language),
    subcategory: (name) => localizeSubcategory(name, language),
    placement: (p) => `${localizeCategory(p.category, language)} › ${localizeSubcategory(p.subcategory, language)}`,
    persona: (name) => localizePersona(name, language),
  }), [language])
}
