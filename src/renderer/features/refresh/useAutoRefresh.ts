import { useEffect, useRef } from 'react'
import { isRefreshDue } from '../../../shared/refresh/schedule'
import { useDatasetMeta } from '../../db/hooks'
import { useDataStatus } from '../../store/data-status-store'
import { useRefreshSettings } from '../../store/refresh-settings-store'
import { startRefresh } from './refresh-controller'

/**
 * The optional refresh at start: once per launch, after the start-up data check has settled,
 * when the user turned it on and the data is older than the number of days they chose.
 */
export function useAutoRefresh(): void {
  const meta = useDatasetMeta()
  const checking = useDataStatus((s) => s.status.state === 'checking')
  const enabled = useRefreshSettings((s) => s.autoRefresh)
  const days = useRefreshSettings((s) => s.autoRefreshDays)
  const decided = useRef(false)

  useEffect(() => {
    if (decided.current || checking || !meta) return
    decided.current = true
    if (enabled && isRefreshDue({ refreshedAt: meta.refreshedAt, sourceDate: meta.source.date }, days, new Date())) {
      void startRefresh({ automatic: true })
    }
  }, [checking, meta, enabled, days])
}

/** The shell's background part for the refresh at start: renders nothing. */
export function AutoRefresh(): null {
  useAutoRefresh()
  return null
}
