import Alert from '@mui/material/Alert'
import Snackbar from '@mui/material/Snackbar'
import type { Notice } from '../store/notice-store'

/** The notice as MUI's snackbar: bottom centre, hides after 5 s, closes with its transition. */
export default function NoticeToast({ notice, dismiss }: { notice: Notice | undefined; dismiss: () => void }) {
  return (
    <Snackbar key={notice?.id} open={notice !== undefined} autoHideDuration={5000} onClose={(_, reason) => { if (reason !== 'clickaway') dismiss() }} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
      {notice ? <Alert severity={notice.severity} variant="filled" onClose={dismiss} sx={{ minWidth: 280 }}>{notice.message}</Alert> : undefined}
    </Snackbar>
  )
}
