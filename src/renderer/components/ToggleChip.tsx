/**
 * A chip that is a toggle button (aria-pressed): MUI's clickable Chip, filled in the accent when
 * on and outlined when off, as plain elements styled once by the theme (`.toggle-chip`, theme.ts).
 * It appears with a search's first keystroke, which should not also compile a Chip's styles.
 */
export function ToggleChip({ label, pressed, onToggle, iconPath, ...rest }: {
  label: string
  pressed: boolean
  onToggle: () => void
  /** A Material icon's path (24×24), drawn before the label. */
  iconPath?: string
  /** The button, for a tooltip to anchor on (it passes its handlers and this through the rest). */
  ref?: React.Ref<HTMLButtonElement>
} & Omit<React.ButtonHTMLAttributes<HTMLButtonElement>, 'onClick' | 'type' | 'aria-pressed'>) {
  return (
    <button {...rest} type="button" className="toggle-chip" aria-pressed={pressed} onClick={onToggle}>
      {iconPath && <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d={iconPath} /></svg>}
      <span>{label}</span>
    </button>
  )
}
