import { copyText } from './clipboard'
import { Component, useState, type ErrorInfo, type ReactNode } from 'react'
import Alert from '@mui/material/Alert'
import AlertTitle from '@mui/material/AlertTitle'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Typography from '@mui/material/Typography'
import { useTranslation } from '../i18n/useTranslation'

/** Where the user can go from a crashed part: a link (a route) or an action (close a tab). */
export type WayBack = { label: string; href: string } | { label: string; onClick: () => void }

export interface ErrorBoundaryProps {
  children: ReactNode
  /** A way back out of the crashed part, beside "Try again". */
  back?: WayBack
  /** Heading of the message; a generic one by default. */
  title?: string
  /** Changing it (the route, the text being previewed) clears a caught error. */
  resetKey?: unknown
  /** `view` fills the page; `inline` sits inside a card. */
  variant?: 'view' | 'inline'
}

interface State {
  error?: Error
  componentStack?: string
  resetKey?: unknown
}

/**
 * Catches a render error below it and shows what happened instead of a blank window: a readable
 * message, "Copy details" (error, stack, where in the UI, the app's address) and a way back.
 * Generic: it knows no feature; callers say where "back" is.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { resetKey: this.props.resetKey }

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: State): Partial<State> | null {
    return Object.is(props.resetKey, state.resetKey) ? null : { resetKey: props.resetKey, error: undefined, componentStack: undefined }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    this.setState({ componentStack: info.componentStack ?? undefined })
    console.error(error)
  }

  override render(): ReactNode {
    const { error, componentStack } = this.state
    if (!error) return this.props.children
    return (
      <CrashMessage
        error={error}
        componentStack={componentStack}
        title={this.props.title}
        back={this.props.back}
        variant={this.props.variant ?? 'view'}
        onRetry={() => this.setState({ error: undefined, componentStack: undefined })}
      />
    )
  }
}

/** The text "Copy details" puts on the clipboard (and the disclosure shows). */
export function crashDetails(error: Error, componentStack: string | undefined, where = globalThis.location?.href ?? ''): string {
  return [
    `${error.name}: ${error.message}`,
    error.stack ?? '',
    componentStack ? `Component stack:${componentStack}` : '',
    `Address: ${where}`,
    `Browser: ${globalThis.navigator?.userAgent ?? ''}`,
  ].filter(Boolean).join('\n\n')
}

function CrashMessage({ error, componentStack, title, back, variant, onRetry }: {
  error: Error
  componentStack?: string
  title?: string
  back?: WayBack
  variant: 'view' | 'inline'
  onRetry: () => void
}) {
  const { t } = useTranslation()
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle')
  const details = crashDetails(error, componentStack)
  const copy = async () => {
    try {
      await copyText(details)
      setCopied('copied')
    } catch {
      setCopied('failed')
    }
  }
  return (
    <Box sx={variant === 'view' ? { p: 2, maxWidth: 900 } : undefined}>
      <Alert severity="error" role="alert">
        <AlertTitle>{title ?? t('crash.title')}</AlertTitle>
        <Typography variant="body2" sx={{ mb: 1 }}>{t('crash.body')}</Typography>
        <Typography variant="body2" sx={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', mb: 1.5, overflowWrap: 'anywhere' }}>{error.message}</Typography>
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
          <Button size="small" variant="contained" color="error" onClick={onRetry}>{t('crash.retry')}</Button>
          {back && ('href' in back
            ? <Button size="small" variant="outlined" color="error" href={back.href}>{back.label}</Button>
            : <Button size="small" variant="outlined" color="error" onClick={back.onClick}>{back.label}</Button>)}
          <Button size="small" color="error" onClick={() => void copy()}>{t('crash.copy')}</Button>
          {copied !== 'idle' && <Typography variant="body2" role="status">{t(copied === 'copied' ? 'crash.copied' : 'crash.copyFailed')}</Typography>}
        </Box>
        <Box component="details" sx={{ mt: 1.5 }}>
          <Box component="summary" sx={{ cursor: 'pointer', fontSize: 13 }}>{t('crash.details')}</Box>
          <Box component="pre" sx={{ fontSize: 11.5, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', maxHeight: 240, overflow: 'auto', m: 0, mt: 1 }}>{details}</Box>
        </Box>
      </Alert>
    </Box>
  )
}
