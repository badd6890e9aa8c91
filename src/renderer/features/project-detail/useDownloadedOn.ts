import { useDatasetMeta } from '../../db/hooks'

/** Upstream text only ever arrives with a live refresh: the data's date is the download's. */
export function useDownloadedOn(): string | undefined {
  const meta = useDatasetMeta()
  return meta?.source.live ? meta.source.date : undefined
}
