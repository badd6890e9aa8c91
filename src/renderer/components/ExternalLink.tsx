import type { ReactNode } from 'react'
import Link from '@mui/material/Link'
import { useTranslation } from '../i18n/useTranslation'
import { getBridge } from '../bridge'
import { isHttpUrl } from '../../shared/url'

/**
 * A link that leaves the app: the system browser on desktop, a new tab on the web. Anything
 * but http(s) renders as plain text, never as a link.
 */
export function ExternalLink({ href, children }: { href: string; children?: ReactNode }) {
  const { t } = useTranslation()
  if (!isHttpUrl(href)) return <span>{children ?? href}</span>
  return (
    <Link
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      onClick={(event) => {
        event.preventDefault()
        void getBridge().openExternal({ url: href }) // eng-disable OPEN_EXTERNAL_JS_CHECK: a bridge call; main accepts only http(s) URLs (ipc contract)
      }}
    >
      {children ?? href}
      <span className="visually-hidden"> {t('detail.opensExternally')}</span>
    </Link>
  )
}
