// Its own module, so the renderer names the menus' words at start without loading the contract's schemas.

/** The words of the application and context menus, in the UI language. */
export const MENU_LABEL_KEYS = [
  'file', 'edit', 'view', 'go', 'window', 'help',
  'print', 'refresh', 'find', 'back', 'forward',
  'landscapeSite', 'sandboxSite',
  'openLink', 'copyLink', 'cut', 'copy', 'paste', 'selectAll',
] as const
export type MenuLabelKey = (typeof MENU_LABEL_KEYS)[number]
