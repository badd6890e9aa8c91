import { lazy, Suspense, useEffect } from 'react'
import { useTranslation } from '../i18n/useTranslation'
import { useNoticeStore, type Notice } from '../store/notice-store'
import { useStorageRecovery } from '../store/persisted'
import { useOpenedOnce } from './lazy-overlays'

// MUI's Snackbar and Alert (with their transitions, ~6 KB gzip) are the code of a shown notice:
// they load once the first rows are on screen, or with the first notice if that comes sooner.
const loadToast = () => import('./NoticeToast')
const NoticeToast = lazy(() => loadToast().catch(() => ({ default: PlainNotice })))

export function NoticeSnackbar() {
  const notice = useNoticeStore((s) => s.notice)
  const dismiss = useNoticeStore((s) => s.dismiss)
  useStorageRecoveryNotice()
  return useOpenedOnce(notice !== undefined, loadToast)
    ? <Suspense fallback={null}><NoticeToast notice={notice} dismiss={dismiss} /></Suspense>
    : null
}

/** Where the snackbar's code cannot load (an offline web build after an update): the notice still shows. */
function PlainNotice({ notice, dismiss }: { notice: Notice | undefined; dismiss: () => void }) {
  const { t } = useTranslation()
  if (!notice) return null
  return (
    <div role="alert" style={{ position: 'fixed', bottom: 24, left: '50%', transform: 'translateX(-50%)', display: 'flex', gap: 12, alignItems: 'center', padding: '8px 12px', borderRadius: 4, background: '#323232', color: '#fff', font: '14px system-ui, sans-serif', zIndex: 1400 }}>
      {notice.message}
      <button type="button" onClick={dismiss} style={{ font: 'inherit', color: 'inherit', background: 'none', border: '1px solid currentColor', borderRadius: 4, cursor: 'pointer' }}>{t('common.close')}</button>
    </div>
  )
}

/** Says once, when the app is on screen, which saved settings were damaged and reset at start. */
function useStorageRecoveryNotice(): void {
  const { t } = useTranslation()
  const damaged = useStorageRecovery((s) => s.damaged)
  const show = useNoticeStore((s) => s.show)
  useEffect(() => {
    if (damaged.length === 0) return
    show(t('storage.reset', { what: damaged.map((part) => t(`storage.parts.${part}`)).join('; ') }), 'warning')
    useStorageRecovery.getState().acknowledge()
  }, [damaged, show, t])
}
