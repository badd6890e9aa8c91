import { useLiveQuery } from 'dexie-react-hooks'
import type { Project } from '../../shared/dataset/schema'
import { appDb, type DatasetMeta } from './database'

/** All cached projects, live; undefined while the first read is in flight. */
export function useProjects(): Project[] | undefined {
  return useLiveQuery(() => appDb().projects.toArray(), [])
}

export function useProject(id: string): Project | null | undefined {
  return useLiveQuery(async () => (await appDb().projects.get(id)) ?? null, [id])
}

export function useDatasetMeta(): DatasetMeta | null | undefined {
  return useLiveQuery(async () => (await appDb().meta.get('dataset')) ?? null, [])
}
