import { LazyTooltip } from '../../components/lazy-overlays'
import { useTranslation } from '../../i18n/useTranslation'
import type { TFunction } from '../../i18n/translator'
import { MAX_COMPARE } from '../../../shared/compare/compare'
import { useCompareStore } from '../../store/compare-store'
import { useNoticeStore } from '../../store/notice-store'

/**
 * The Projects table's per-row "compare" tick; a seventh pick is refused with a message. A native
 * checkbox (themed by accent colour), `t` from the table: it draws one per row on every keystroke.
 */
export function ComparePickCheckbox({ id, name, t }: { id: string; name: string; t: TFunction }) {
  const picked = useCompareStore((s) => s.picks.includes(id))
  const full = useCompareStore((s) => s.picks.length >= MAX_COMPARE)
  const toggle = useCompareStore((s) => s.toggle)
  const show = useNoticeStore((s) => s.show)
  const box = (
    <input
      type="checkbox"
      className="cell-check"
      checked={picked}
      onChange={() => { if (!toggle(id)) show(t('compare.full', { max: MAX_COMPARE }), 'warning') }}
      aria-label={t('compare.pickNamed', { name })}
      style={{ opacity: !picked && full ? 0.5 : 1 }}
    />
  )
  return !picked && full ? <LazyTooltip title={t('compare.full', { max: MAX_COMPARE })}>{box}</LazyTooltip> : box
}

export function CompareToggleButtonLabel({ id }: { id: string }) {
  const { t } = useTranslation()
  const picked = useCompareStore((s) => s.picks.includes(id))
  return <>{t(picked ? 'compare.removeFromCompare' : 'compare.addToCompare')}</>
}
