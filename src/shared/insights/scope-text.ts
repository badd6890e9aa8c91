import type { InsightsScope } from './scope'

// The scope in an address, kept apart from the scope's logic: the view's declaration loads with
// the app and needs only this.

export const DEFAULT_SCOPE: InsightsScope = { kind: 'sandbox' }

/** A scope as an address writes it: "all", "starred", "list:<id>"; the default scope writes nothing. */
export function scopeToText(scope: InsightsScope): string | undefined {
  switch (scope.kind) {
    case 'sandbox': return undefined
    case 'list': return `list:${scope.listId}`
    default: return scope.kind
  }
}

/** Reads a scope from an address; anything else is the default scope (never throws). */
export function scopeFromText(text: string | null | undefined): InsightsScope {
  if (text === 'all' || text === 'starred' || text === 'sandbox') return { kind: text }
  const listId = text?.startsWith('list:') ? text.slice(5).trim() : ''
  return listId && listId.length <= 200 ? { kind: 'list', listId } : DEFAULT_SCOPE
}
