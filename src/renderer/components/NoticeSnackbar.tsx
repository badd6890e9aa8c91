import { useEffect } from 'react'
import Alert from '@mui/material/Alert'
import Snackbar from '@mui/material/Snackbar'
import { useTranslation } from '../i18n/useTranslation'
import { useNoticeStore } from '../store/notice-store'
import { useStorageRecovery } from '../store/persisted'

export function NoticeSnackbar() {
  const notice = useNoticeStore((s) => s.notice)
  const dismiss = useNoticeStore((s) => s.dismiss)
  useStorageRecoveryNotice()
  return (
    <Snackbar key={notice?.id} open={notice !== undefined} autoHideDuration={5000} onClose={(_, reason) => { if (reason !== 'clickaway') dismiss() }} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
      {notice ? <Alert severity={notice.severity} variant="filled" onClose={dismiss} sx={{ minWidth: 280 }}>{notice.message}</Alert> : undefined}
    </Snackbar>
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
