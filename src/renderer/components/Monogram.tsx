import { useTheme } from '@mui/material/styles'
import { monogramOf, monogramHue } from './monogram'

/**
 * The project's initials on a colour derived from its id: a stable stand-in for a logo. Inline
 * styles, not `sx`: the table draws one per row on every keystroke.
 */
export function Monogram({ id, name, size = 24 }: { id: string; name: string; size?: number }) {
  const dark = useTheme().palette.mode === 'dark'
  const hue = monogramHue(id)
  return (
    <span
      aria-hidden="true"
      style={{
        width: size, height: size, flex: 'none', borderRadius: 6, display: 'inline-flex', alignItems: 'center', justifyContent: 'center',
        fontSize: size * 0.42, fontWeight: 700, letterSpacing: 0.2,
        color: dark ? `hsl(${hue} 80% 85%)` : `hsl(${hue} 60% 28%)`,
        backgroundColor: dark ? `hsl(${hue} 35% 26%)` : `hsl(${hue} 70% 90%)`,
      }}
    >
      {monogramOf(name)}
    </span>
  )
}
