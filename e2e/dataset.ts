import { readFileSync } from 'node:fs'
import type { Dataset, Project } from '../src/shared/dataset/schema'

/** The bundled dataset, read by specs to compute expectations instead of hard-coding them. */
export const dataset: Dataset = JSON.parse(readFileSync('resources/dataset.json', 'utf8'))
export const projects: Project[] = dataset.projects
export const sandbox = projects.filter((p) => p.maturity === 'sandbox')
export const byName = (name: string): Project => {
  const found = projects.find((p) => p.name === name)
  if (!found) throw new Error(`no project named ${name} in resources/dataset.json`)
  return found
}
