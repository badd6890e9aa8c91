import Chip from '@mui/material/Chip'

/**
 * A status as a chip, in its ring colour when it is a radar ring. Its own module: the Projects
 * table shows it, and must not load the status section's Markdown with it.
 */
export function StatusChip({ label, color, muted }: { label: string; color?: string; muted?: boolean }) {
  return (
    <Chip
      size="small"
      label={label}
      variant={color ? 'filled' : 'outlined'}
      sx={{ height: 22, bgcolor: color, color: color ? '#fff' : muted ? 'text.secondary' : undefined, fontStyle: muted ? 'italic' : undefined, '& .MuiChip-label': { px: 1 } }}
    />
  )
}
