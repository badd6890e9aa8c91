import { createTheme, type Theme } from '@mui/material/styles'

/** Headlamp-like: dense, neutral surfaces, a dark sidebar in both modes, one blue accent. */
export function buildTheme(mode: 'light' | 'dark'): Theme {
  const dark = mode === 'dark'
  return createTheme({
    palette: {
      mode,
      primary: { main: dark ? '#6cb4ff' : '#1565c0' },
      secondary: { main: dark ? '#b39ddb' : '#5e35b1' },
      background: { default: dark ? '#121212' : '#fafafa', paper: dark ? '#1d1d1f' : '#ffffff' },
      divider: dark ? 'rgba(255,255,255,0.12)' : 'rgba(0,0,0,0.10)',
    },
    shape: { borderRadius: 6 },
    typography: {
      fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
      fontSize: 13,
      h1: { fontSize: '1.5rem', fontWeight: 600 },
      h2: { fontSize: '1.15rem', fontWeight: 600 },
      h3: { fontSize: '1rem', fontWeight: 600 },
    },
    components: {
      MuiButton: { defaultProps: { disableElevation: true }, styleOverrides: { root: { textTransform: 'none' } } },
      MuiChip: { styleOverrides: { root: { fontWeight: 500 } } },
      MuiTab: { styleOverrides: { root: { textTransform: 'none', fontWeight: 600 } } },
      MuiToggleButton: { styleOverrides: { root: { textTransform: 'none' } } },
      MuiTooltip: { defaultProps: { enterDelay: 400 } },
    },
  })
}

export const SIDEBAR = {
  width: 224,
  collapsedWidth: 60,
  background: '#1f2430',
  backgroundHover: 'rgba(255,255,255,0.08)',
  selected: 'rgba(108,180,255,0.18)',
  text: '#e6e9ef',
  mutedText: '#9aa3b2',
}

export const MATURITY_COLORS: Record<string, { light: string; dark: string }> = {
  sandbox: { light: '#0277bd', dark: '#4fc3f7' },
  incubating: { light: '#ef6c00', dark: '#ffb74d' },
  graduated: { light: '#2e7d32', dark: '#81c784' },
  archived: { light: '#616161', dark: '#bdbdbd' },
}
