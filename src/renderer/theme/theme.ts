import { alpha, createTheme, type Theme } from '@mui/material/styles'

/** Headlamp-like: dense, neutral surfaces, a dark sidebar in both modes, one blue accent. */
export function buildTheme(mode: 'light' | 'dark'): Theme {
  const dark = mode === 'dark'
  const theme = createTheme({
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
      // What a search matched, in table cells, cards and the command palette (components/HighlightedText).
      MuiCssBaseline: {
        styleOverrides: {
          'mark.search-match': { backgroundColor: alpha(dark ? '#ffd54f' : '#ffca28', dark ? 0.3 : 0.45), color: 'inherit', borderRadius: 2 },
          // Light table cells (plain elements, styled once here rather than per row with `sx`).
          '.cell-tag': {
            display: 'inline-flex', alignItems: 'center', height: 20, padding: '0 8px', borderRadius: 10, fontSize: 11.5, fontWeight: 500, whiteSpace: 'nowrap',
            backgroundColor: dark ? 'rgba(255,255,255,0.16)' : 'rgba(0,0,0,0.08)',
          },
          '.cell-badge': {
            display: 'inline-flex', alignItems: 'center', height: 22, padding: '0 8px', borderRadius: 11, border: '1px solid', fontSize: 12, fontWeight: 500,
          },
          '.cell-icon-button': {
            display: 'inline-flex', alignItems: 'center', justifyContent: 'center', padding: 4, border: 0, borderRadius: '50%', background: 'none', cursor: 'pointer',
            color: dark ? 'rgba(255,255,255,0.7)' : 'rgba(0,0,0,0.6)',
            '&:hover': { backgroundColor: dark ? 'rgba(255,255,255,0.08)' : 'rgba(0,0,0,0.04)' },
            '&:focus-visible': { outline: `2px solid ${dark ? '#6cb4ff' : '#1565c0'}` },
          },
          '.facet-option': { display: 'flex', alignItems: 'center', gap: 6, minHeight: 32, fontSize: 13, cursor: 'pointer' },
          '.facet-count': { color: dark ? 'rgba(255,255,255,0.7)' : 'rgba(0,0,0,0.6)', fontVariantNumeric: 'tabular-nums', marginLeft: 8 },
          // Read by screen readers, not shown (MUI's visuallyHidden, as a class for plain elements).
          '.visually-hidden': { position: 'absolute', width: 1, height: 1, padding: 0, margin: -1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', border: 0 },
          '.cell-check': { width: 16, height: 16, margin: 4, accentColor: dark ? '#6cb4ff' : '#1565c0', cursor: 'pointer', verticalAlign: 'middle' },
        },
      },
      MuiButton: { defaultProps: { disableElevation: true }, styleOverrides: { root: { textTransform: 'none' } } },
      MuiChip: { styleOverrides: { root: { fontWeight: 500 } } },
      MuiTab: { styleOverrides: { root: { textTransform: 'none', fontWeight: 600 } } },
      MuiToggleButton: { styleOverrides: { root: { textTransform: 'none' } } },
      MuiTooltip: { defaultProps: { enterDelay: 400 } },
    },
  })
  // Plain controls drawn many times in one view, styled once here from the theme's own values.
  return createTheme(theme, { components: { MuiCssBaseline: { styleOverrides: { ...filterButtonStyles(theme), ...tableSearchStyles(theme), ...viewLoadingStyles(theme), ...toggleChipStyles(theme), ...sidebarStyles(), ...filterCountStyles(theme) } } } })
}

/**
 * The filter bar's dropdown buttons (components/FilterButton): MUI's small outlined button, and
 * its contained primary one while the filter is set, as plain elements (a filter bar holds a dozen).
 */
function filterButtonStyles(theme: Theme) {
  const { palette } = theme
  return {
    '.filter-button': {
      display: 'inline-flex', alignItems: 'center', justifyContent: 'center', verticalAlign: 'middle', boxSizing: 'border-box', minWidth: 64,
      margin: 0, padding: '3px 9px', border: `1px solid ${palette.divider}`, borderRadius: theme.shape.borderRadius,
      background: 'transparent', color: palette.text.primary, cursor: 'pointer', userSelect: 'none',
      fontFamily: theme.typography.fontFamily, fontSize: theme.typography.pxToRem(13), fontWeight: theme.typography.fontWeightMedium, lineHeight: 1.75,
      transition: theme.transitions.create(['background-color', 'border-color', 'color'], { duration: theme.transitions.duration.short }),
      '&:hover': { backgroundColor: palette.action.hover },
      '&:focus-visible': { outline: `2px solid ${palette.primary.main}`, outlineOffset: 2 },
      '&[data-active="true"]': { padding: '4px 10px', border: 0, backgroundColor: palette.primary.main, color: palette.primary.contrastText },
      '&[data-active="true"]:hover': { backgroundColor: palette.primary.dark },
    },
    '.filter-button-arrow': { width: 18, height: 18, marginLeft: 8, marginRight: -2, fill: 'currentColor', flex: 'none' },
  } as const
}

/** The table's search field (features/projects/TableSearch): MUI's InputBase in a bordered box, as plain elements. */
function tableSearchStyles(theme: Theme) {
  const { palette } = theme
  const dark = palette.mode === 'dark'
  return {
    '.table-search': {
      display: 'flex', alignItems: 'center', gap: 6, boxSizing: 'border-box', height: 32, width: 'min(300px, 32vw)', padding: '0 8px',
      borderRadius: theme.shape.borderRadius, border: `1px solid ${palette.divider}`, backgroundColor: alpha(palette.text.primary, dark ? 0.06 : 0.02),
      '&:focus-within': { outline: `2px solid ${palette.primary.main}`, outlineOffset: -1 },
    },
    '.table-search-icon': { color: palette.text.secondary },
    '.table-search-input': {
      flex: 1, minWidth: 0, height: '1.4375em', margin: 0, padding: '4px 0 5px', border: 0, outline: 0, background: 'none',
      color: palette.text.primary, fontFamily: theme.typography.fontFamily, fontSize: 13.5, letterSpacing: 'inherit',
      '&::placeholder': { color: 'currentColor', opacity: dark ? 0.5 : 0.42 },
      // The browser's own clear button would double ours.
      '&::-webkit-search-cancel-button': { display: 'none' },
    },
  } as const
}

/**
 * The line under the top bar while a view's code loads: MUI's indeterminate LinearProgress (2 px,
 * the accent on its light shade) drawn by CSS alone, since it shows before any MUI progress code is needed.
 */
function viewLoadingStyles(theme: Theme) {
  const { primary } = theme.palette
  return {
    '.view-loading': { position: 'relative', height: 2, overflow: 'hidden', backgroundColor: alpha(primary.main, 0.24) },
    '.view-loading::before': {
      content: '""', position: 'absolute', top: 0, bottom: 0, left: 0, width: '40%', backgroundColor: primary.main,
      animation: 'view-loading 1.6s cubic-bezier(0.65, 0.815, 0.735, 0.395) infinite',
    },
    '@keyframes view-loading': { from: { transform: 'translateX(-100%)' }, to: { transform: 'translateX(250%)' } },
    '@media (prefers-reduced-motion: reduce)': { '.view-loading::before': { animation: 'none', width: '100%', opacity: 0.5 } },
  } as const
}

/** The filter bar's count of projects shown: MUI's body2 Typography in the secondary text colour. */
function filterCountStyles(theme: Theme) {
  return { '.filter-count': { ...theme.typography.body2, margin: 0, color: theme.palette.text.secondary } } as const
}

/**
 * The toggle chip (components/ToggleChip): MUI's clickable medium Chip, outlined when off and
 * filled in the accent when on (pixel for pixel), with the filter buttons' focus ring.
 */
function toggleChipStyles(theme: Theme) {
  const { palette, typography } = theme
  const dark = palette.mode === 'dark'
  return {
    '.toggle-chip': {
      display: 'inline-flex', alignItems: 'center', justifyContent: 'center', boxSizing: 'border-box', height: 32, maxWidth: '100%',
      margin: 0, padding: 0, borderRadius: 16, border: `1px solid ${dark ? palette.grey[700] : palette.grey[400]}`, outline: 0,
      backgroundColor: 'transparent', color: palette.text.primary, cursor: 'pointer', verticalAlign: 'middle', whiteSpace: 'nowrap',
      fontFamily: typography.fontFamily, fontSize: typography.pxToRem(13), fontWeight: 500, lineHeight: 1.5,
      transition: theme.transitions.create(['background-color', 'box-shadow']),
      '& > svg': { width: '1em', height: '1em', flexShrink: 0, fontSize: typography.pxToRem(20), margin: '0 -6px 0 4px', fill: 'currentColor', color: dark ? palette.grey[300] : palette.grey[700] },
      '& > span': { padding: '0 11px', overflow: 'hidden', textOverflow: 'ellipsis' },
      '&:hover': { backgroundColor: palette.action.hover },
      // MUI's shade, and the ring the filter buttons beside it show (the shade alone is faint).
      '&:focus-visible': { backgroundColor: palette.action.focus, outline: `2px solid ${palette.primary.main}`, outlineOffset: 2 },
      '&[aria-pressed="true"]': {
        border: 0, backgroundColor: palette.primary.main, color: palette.primary.contrastText,
        '& > svg': { marginLeft: 5, color: 'inherit' },
        '& > span': { padding: '0 12px' },
        '&:hover, &:focus-visible': { backgroundColor: palette.primary.dark },
      },
    },
  } as const
}

/**
 * The sidebar (components/Sidebar): MUI's dense list of link buttons on the dark rail, as plain
 * elements. The rail is dark in both modes, so these read no palette.
 */
function sidebarStyles() {
  const focus = { outline: `2px solid ${SIDEBAR.accent}`, outlineOffset: -2 }
  const link = {
    display: 'flex', alignItems: 'center', boxSizing: 'border-box', borderRadius: 6, color: SIDEBAR.text, textDecoration: 'none', outline: 0,
    '&:hover': { backgroundColor: SIDEBAR.backgroundHover },
    '&[aria-current]': { backgroundColor: SIDEBAR.selected, color: '#fff' },
    '&:focus-visible': focus,
  }
  return {
    '.sidebar': {
      flex: 'none', display: 'flex', flexDirection: 'column', overflow: 'hidden', transition: 'width 120ms ease',
      backgroundColor: SIDEBAR.background, color: SIDEBAR.text,
    },
    '.sidebar-brand': { height: 52, display: 'flex', alignItems: 'center', gap: 10, padding: '0 16px', flex: 'none' },
    '.sidebar-logo': {
      width: 26, height: 26, borderRadius: 7, flex: 'none', background: 'linear-gradient(135deg,#4fc3f7,#5e35b1)',
      display: 'grid', placeItems: 'center', fontWeight: 800, fontSize: 14, color: '#fff',
    },
    '.sidebar-name': { fontWeight: 700, fontSize: 16, letterSpacing: 0.2, lineHeight: 1.5 },
    '.sidebar-list, .sidebar-children': { listStyle: 'none', margin: 0 },
    '.sidebar-list': { flex: 1, padding: '4px 0' },
    '.sidebar-children': { padding: '0 0 4px' },
    '.sidebar-item': { ...link, minHeight: 38, margin: '2px 8px', padding: '4px 16px' },
    '.sidebar-icon': { display: 'inline-flex', flexShrink: 0, minWidth: 36, color: SIDEBAR.mutedText },
    '.sidebar[data-collapsed="true"] .sidebar-icon': { minWidth: 0 },
    '.sidebar-item[aria-current] .sidebar-icon': { color: SIDEBAR.accent },
    '.sidebar-label': { flex: '1 1 auto', minWidth: 0, margin: '4px 0', fontSize: 13.5, fontWeight: 500, lineHeight: 1.43 },
    '.sidebar-item[aria-current] .sidebar-label': { fontWeight: 600 },
    '.sidebar-child': { ...link, minHeight: 30, margin: '1px 8px 1px 44px', padding: '2px 16px' },
    '.sidebar-child-label': {
      flex: '1 1 auto', minWidth: 0, margin: '4px 0', fontSize: 12.5, fontWeight: 400, lineHeight: 1.43,
      overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap',
    },
    '.sidebar-child[aria-current] .sidebar-child-label': { fontWeight: 600 },
    '.sidebar-footer': { padding: 8, display: 'flex', justifyContent: 'flex-end' },
    '.sidebar[data-collapsed="true"] .sidebar-footer': { justifyContent: 'center' },
    '.sidebar-toggle': {
      display: 'inline-flex', alignItems: 'center', justifyContent: 'center', padding: 5, border: 0, borderRadius: '50%',
      background: 'none', color: SIDEBAR.mutedText, cursor: 'pointer',
      '&:hover': { backgroundColor: SIDEBAR.backgroundHover },
      '&:focus-visible': { outline: `2px solid ${SIDEBAR.accent}` },
    },
  } as const
}

export const SIDEBAR = {
  width: 224,
  collapsedWidth: 60,
  background: '#1f2430',
  backgroundHover: 'rgba(255,255,255,0.08)',
  selected: 'rgba(108,180,255,0.18)',
  text: '#e6e9ef',
  mutedText: '#9aa3b2',
  /** The lit entry's icon and the focus ring. */
  accent: '#6cb4ff',
}

export const MATURITY_COLORS: Record<string, { light: string; dark: string }> = {
  sandbox: { light: '#0277bd', dark: '#4fc3f7' },
  incubating: { light: '#ef6c00', dark: '#ffb74d' },
  graduated: { light: '#2e7d32', dark: '#81c784' },
  archived: { light: '#616161', dark: '#bdbdbd' },
}
