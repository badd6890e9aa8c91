import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseDataset } from '../dataset/schema'
import { makeProject } from '../testing/fixtures'
import { avoidedForms, localizeCategory, localizePersona, localizeSubcategory, personaKey, russianPlacementNames } from './glossary'
import { RU_CATEGORIES, RU_PERSONAS, RU_SUBCATEGORIES, RU_TERMS } from './ru'

const curationDir = new URL('../../../resources/curation/', import.meta.url)
const curatedRussian = readdirSync(curationDir).filter((f) => f.endsWith('.json')).sort().flatMap((file) => {
  const { projects } = JSON.parse(readFileSync(new URL(file, curationDir), 'utf8')) as { projects: Record<string, { summary: { ru: string }; highlights?: { ru: string }[] }> }
  return Object.entries(projects).flatMap(([id, entry]) => [
    { where: `${file} ${id} summary`, text: entry.summary.ru },
    ...(entry.highlights ?? []).map((h, i) => ({ where: `${file} ${id} highlight ${i + 1}`, text: h.ru })),
  ])
})
const bundled = parseDataset(JSON.parse(readFileSync(new URL('../../../resources/dataset.json', import.meta.url), 'utf8')))

describe('avoidedForms', () => {
  it('finds avoided words and phrases at word starts, with any ending and ё read as е', () => {
    expect(avoidedForms('Проект был заархивирован в 2025 году').map((a) => a.found)).toEqual(['заархивирован'])
    expect(avoidedForms('работает на «голом железе»').map((a) => a.form)).toContain('голом железе')
    expect(avoidedForms('Переведён в архив').map((a) => a.found)).toEqual(['Переведен в архив'])
    expect(avoidedForms('AI-агенты и ИИ').map((a) => a.found)).toEqual(['AI'])
  })

  it('lets proper names keep an English word the glossary otherwise avoids', () => {
    expect(avoidedForms('Kubernetes AI Toolchain Operator: упрощает инференс')).toEqual([])
    expect(avoidedForms('Workload API для выдачи SVID, а workload — нет').map((a) => a.found)).toEqual(['workload'])
  })

  it('leaves chosen forms and longer words alone', () => {
    expect(avoidedForms('Проект-выпускник CNCF, перенесён в архив; OpenAI и ИИ; узлы и пространства имён')).toEqual([])
    expect(avoidedForms('настраивает нодовый пул')).toEqual([])
  })
})

describe('the glossary', () => {
  it('gives every term a Russian form, and never avoids its own chosen form', () => {
    for (const term of RU_TERMS) {
      expect(term.ru.trim(), term.en).not.toBe('')
      expect(avoidedForms(term.ru), term.en).toEqual([])
    }
    for (const ru of [...Object.values(RU_CATEGORIES), ...Object.values(RU_SUBCATEGORIES), ...Object.values(RU_PERSONAS)]) {
      expect(avoidedForms(ru), ru).toEqual([])
    }
  })

  it('translates categories, subcategories and personas, keeping unknown values as they are', () => {
    expect(localizeCategory('Observability and Analysis', 'ru')).toBe('Наблюдаемость и анализ')
    expect(localizeCategory('Observability and Analysis', 'en')).toBe('Observability and Analysis')
    expect(localizeSubcategory('Service Proxy', 'ru')).toBe('Сервисные прокси')
    expect(localizeCategory('Brand New Category', 'ru')).toBe('Brand New Category')
    expect(localizePersona('SRE/ DevOps Engineers', 'ru')).toBe('SRE- и DevOps-инженеры')
    expect(localizePersona('Platform engineers', 'ru')).toBe('Платформенные инженеры')
    expect(russianPlacementNames(makeProject({ id: 'x', category: 'Wasm', subcategory: 'Runtimes', extraPlacements: [{ category: 'Serverless', subcategory: 'Tools' }] })))
      .toEqual(['Среды выполнения', 'Инструменты'])
  })

  it('covers every category, subcategory and persona in the bundled dataset', () => {
    expect(bundled.ok).toBe(true)
    if (!bundled.ok) return
    const placements = bundled.value.projects.flatMap((p) => [{ category: p.category, subcategory: p.subcategory }, ...p.extraPlacements])
    expect([...new Set(placements.map((p) => p.category))].filter((c) => !(c in RU_CATEGORIES))).toEqual([])
    expect([...new Set(placements.map((p) => p.subcategory))].filter((s) => !(s in RU_SUBCATEGORIES))).toEqual([])
    const personas = bundled.value.projects.flatMap((p) => p.personas)
    expect([...new Set(personas)].filter((p) => !(personaKey(p) in RU_PERSONAS))).toEqual([])
  })
})

describe('curated Russian text', () => {
  it('is all checked (every summary and highlight)', () => {
    expect(curatedRussian.length).toBeGreaterThan(255)
  })

  it('uses the glossary\'s forms: no avoided form anywhere', () => {
    const slips = curatedRussian.flatMap(({ where, text }) => avoidedForms(text).map((a) => `${where}: "${a.found}" (write ${a.ru})`))
    expect(slips).toEqual([])
  })
})
