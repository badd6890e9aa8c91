import Box from '@mui/material/Box'
import { monogramOf, monogramHue } from './monogram'

/** The project's initials on a colour derived from its id: a stable stand-in for a logo. */
export function Monogram({ id, name, size = 24 }: { id: string; name: string; size?: number }) {
  const hue = monogramHue(id)
  return (
    <Box
      aria-hidden="true"
      sx={(theme) => ({
        width: size, height: size, flex: 'none', borderRadius: 1, display: 'inline-flex', alignItems: 'center', justifyContent: 'center',
        fontSize: size * 0.42, fontWeight: 700, letterSpacing: 0.2,
        color: theme.palette.mode === 'dark' ? `hsl(${hue} 80% 85%)` : `hsl(${hue} 60% 28%)`,
        bgcolor: theme.palette.mode === 'dark' ? `hsl(${hue} 35% 26%)` : `hsl(${hue} 70% 90%)`,
      })}
    >
      {monogramOf(name)}
    </Box>
  )
}
