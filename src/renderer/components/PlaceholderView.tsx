import type { ReactNode } from 'react'
import Box from '@mui/material/Box'
import Typography from '@mui/material/Typography'
import { useTranslation } from 'react-i18next'

/** A view that a coming release fills, saying so plainly. */
export function PlaceholderView({ title, message, children }: { title: string; message: string; children?: ReactNode }) {
  const { t } = useTranslation()
  return (
    <Box sx={{ p: 3, display: 'flex', flexDirection: 'column', gap: 1.5, maxWidth: 720 }}>
      <Typography variant="h1">{title}</Typography>
      <Typography variant="overline" color="text.secondary">{t('placeholder.soon')}</Typography>
      <Typography>{message}</Typography>
      {children}
    </Box>
  )
}
