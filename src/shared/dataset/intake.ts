import { entryLevel } from '../projects/entry'
import type { Project } from './schema'

/**
 * The year a project entered the CNCF at the Sandbox level, read from its dates (entry.ts): a
 * project accepted straight into incubation (Keycloak and Kubeflow in 2023) never was a Sandbox
 * project, nor was one accepted before the Sandbox existed.
 */
export function sandboxEntryYear(project: Pick<Project, 'dates'>): string | undefined {
  return entryLevel(project.dates) === 'sandbox' ? project.dates.accepted?.slice(0, 4) : undefined
}

/**
 * The 2023 intake the product started from, told as two facts: accepted into the Sandbox in 2023
 * (from the dates: 25 projects in the bundled data), and reviewed in the 2023 article (our
 * curation: 24, the article lists KubeStellar in its contents without a section on it).
 */
export const INTAKE_2023 = ['accepted2023', 'reviewed2023'] as const
export type Intake2023 = (typeof INTAKE_2023)[number]

export function intake2023(project: Pick<Project, 'dates' | 'articleSection'>): Intake2023[] {
  const markers: Intake2023[] = []
  if (sandboxEntryYear(project) === '2023') markers.push('accepted2023')
  if (project.articleSection) markers.push('reviewed2023')
  return markers
}
