// Invented projects in bulk, for the benchmark scripts.
import { LANDSCAPE_FIXTURE_SOURCE, makeProject } from '../src/shared/testing/fixtures'
import { MATURITIES, type Project } from '../src/shared/dataset/schema'

const categories = ['Provisioning', 'Runtime', 'Orchestration & Management', 'App Definition and Development', 'Observability and Analysis']
const words = ['mesh', 'proxy', 'storage', 'policy', 'edge', 'gitops', 'wasm', 'operator', 'scheduler', 'secrets', 'tracing', 'chaos']

export function syntheticProjects(n: number): Project[] {
  return Array.from({ length: n }, (_, i) => makeProject({
    id: `project-${i}`,
    name: `Project ${i} ${words[i % words.length]}`,
    maturity: MATURITIES[i % 4],
    category: categories[i % categories.length],
    subcategory: `Sub ${i % 23}`,
    dates: { accepted: `${2016 + (i % 11)}-0${1 + (i % 9)}-1${i % 10}` },
    tags: [words[i % 7], words[(i * 3) % 12]],
    summary: { en: `Handles ${words[i % 12]} and ${words[(i + 5) % 12]} for clusters, number ${i}.`, ru: `Отвечает за ${words[i % 12]} в кластерах, номер ${i}.`, sources: [LANDSCAPE_FIXTURE_SOURCE] },
  }))
}
