import { cloneElement, Fragment, type ReactElement, type ReactNode } from 'react'
import { useTranslation } from './useTranslation'
import type { TOptions } from './translator'

/**
 * Splits a translated string with `<name>…</name>` parts (not nested) into text and the given
 * elements, each wrapping its part: "add them in <settings>Settings</settings>" with
 * `components={{ settings: <Link … /> }}`. A tag without a component stays as written.
 */
export function tagged(text: string, components: Readonly<Record<string, ReactElement<{ children?: ReactNode }>>>): ReactNode[] {
  const parts: ReactNode[] = []
  let from = 0
  let open = text.indexOf('<')
  while (open >= 0) {
    const close = text.indexOf('>', open + 1)
    if (close < 0) break
    const name = text.slice(open + 1, close)
    const end = text.indexOf(`</${name}>`, close + 1)
    const component = Object.hasOwn(components, name) ? components[name] : undefined
    if (end < 0 || !component) {
      open = text.indexOf('<', open + 1)
      continue
    }
    if (open > from) parts.push(text.slice(from, open))
    parts.push(cloneElement(component, { key: parts.length }, text.slice(close + 1, end)))
    from = end + name.length + 3
    open = text.indexOf('<', from)
  }
  if (from < text.length) parts.push(text.slice(from))
  return parts
}

/** A translated string with elements inside it (see `tagged`). */
export function Trans({ i18nKey, values, components }: { i18nKey: string; values?: TOptions; components: Readonly<Record<string, ReactElement<{ children?: ReactNode }>>> }) {
  const { t } = useTranslation()
  return <Fragment>{tagged(t(i18nKey, values), components)}</Fragment>
}
