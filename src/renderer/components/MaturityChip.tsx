import Chip from '@mui/material/Chip'
import { useTheme } from '@mui/material/styles'
import { useTranslation } from '../i18n/useTranslation'
import type { Maturity } from '../../shared/dataset/schema'
import { MATURITY_COLORS } from '../theme/theme'

export function MaturityChip({ maturity, size = 'small' }: { maturity: Maturity; size?: 'small' | 'medium' }) {
  const { t } = useTranslation()
  const theme = useTheme()
  const color = MATURITY_COLORS[maturity][theme.palette.mode]
  return (
    <Chip
      size={size}
      label={t(`maturity.${maturity}`)}
      variant="outlined"
      sx={{ color, borderColor: color, height: size === 'small' ? 22 : undefined, '& .MuiChip-label': { px: 1 } }}
    />
  )
}

/** The same label (given, translated) as a plain badge, cheap enough for a table row on every keystroke. */
export function MaturityBadge({ maturity, label }: { maturity: Maturity; label: string }) {
  const color = MATURITY_COLORS[maturity][useTheme().palette.mode]
  return <span className="cell-badge" style={{ color, borderColor: color }}>{label}</span>
}
