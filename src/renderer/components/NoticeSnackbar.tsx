import Alert from '@mui/material/Alert'
import Snackbar from '@mui/material/Snackbar'
import { useNoticeStore } from '../store/notice-store'

export function NoticeSnackbar() {
  const notice = useNoticeStore((s) => s.notice)
  const dismiss = useNoticeStore((s) => s.dismiss)
  return (
    <Snackbar key={notice?.id} open={notice !== undefined} autoHideDuration={5000} onClose={(_, reason) => { if (reason !== 'clickaway') dismiss() }} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
      {notice ? <Alert severity={notice.severity} variant="filled" onClose={dismiss} sx={{ minWidth: 280 }}>{notice.message}</Alert> : undefined}
    </Snackbar>
  )
}
