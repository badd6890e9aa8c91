import { memo } from 'react'
import Box from '@mui/material/Box'
import { ShellSlot } from './ShellSlot'

/** The bar over every view: what features put at its start (the palette) and its end (data status). */
export const TopBar = memo(function TopBar() {
  return (
    <Box
      component="header"
      sx={{ height: 52, flex: 'none', display: 'flex', alignItems: 'center', gap: 2, px: 2, borderBottom: 1, borderColor: 'divider', bgcolor: 'background.paper' }}
    >
      <ShellSlot slot="top-bar-start" />
      <Box sx={{ flex: 1 }} />
      <ShellSlot slot="top-bar-end" />
    </Box>
  )
})
