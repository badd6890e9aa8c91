import { Component, type ReactNode } from 'react'
import Alert from '@mui/material/Alert'

interface Props {
  /** The message to show, given the error's own. */
  message: (reason: string) => string
  children: ReactNode
}

/** A chart that fails to draw says so in its card; the rest of the page and its table stay. */
export class ChartErrorBoundary extends Component<Props, { error?: Error }> {
  override state: { error?: Error } = {}

  static getDerivedStateFromError(error: Error) {
    return { error }
  }

  override render() {
    return this.state.error ? <Alert severity="error">{this.props.message(this.state.error.message)}</Alert> : this.props.children
  }
}
