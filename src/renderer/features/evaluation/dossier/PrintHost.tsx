import { lazy, Suspense } from 'react'
import { useDossierPrintStore } from './dossier-print-store'

// The print view (and the Markdown renderer it uses) loads only when a dossier is printed.
const PrintDossier = lazy(() => import('./PrintDossier'))

/** Part of the shell: renders nothing until a dossier is sent to print. */
export function PrintHost() {
  const printing = useDossierPrintStore((s) => s.dossier !== undefined)
  return printing ? <Suspense fallback={null}><PrintDossier /></Suspense> : null
}
