import { useEffect } from 'react'
import { flushSync } from 'react-dom'
import { paperSizeForLocale } from '../../../shared/print/paper'
import type { PrintToPdfResult } from '../../../shared/ipc/contract'
import { getBridge } from '../../bridge'
import { usePrintStore } from '../../store/print-store'

/** A file name from any text: letters, digits and dashes, at most 80 characters. */
export function printFileName(text: string): string {
  const base = text.normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80)
  return base || 'sandscape'
}

const nextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())))

/**
 * Prints the view on screen: to a PDF through the save dialog on the desktop, through the
 * browser's print dialog on the web; both with the print stylesheet, in the light theme, on the
 * paper of the user's locale. Undefined when the view has nothing to print.
 */
export async function printCurrentView(): Promise<PrintToPdfResult | undefined> {
  const { printable, setPrinting } = usePrintStore.getState()
  if (!printable) return undefined
  flushSync(() => setPrinting(true))
  await nextPaint()
  try {
    return await getBridge().printToPdf({ suggestedName: `${printable}.pdf`, pageSize: paperSizeForLocale(navigator.language) })
  } finally {
    setPrinting(false)
  }
}

/** Offers the view on screen for printing (the button, and the menu's Print to PDF) while mounted. */
export function usePrintable(fileName: string | undefined): void {
  useEffect(() => {
    if (!fileName) return
    usePrintStore.getState().setPrintable(fileName)
    return () => {
      if (usePrintStore.getState().printable === fileName) usePrintStore.getState().setPrintable(undefined)
    }
  }, [fileName])
}

/**
 * The print mode the theme follows: on while printToPdf runs, and while the browser prints
 * (Ctrl+P included). Also tells the print stylesheet the locale's paper.
 */
export function usePrintMode(): boolean {
  const printing = usePrintStore((s) => s.printing)
  useEffect(() => {
    document.documentElement.dataset.paper = paperSizeForLocale(navigator.language).toLowerCase()
    const before = () => flushSync(() => usePrintStore.getState().setPrinting(true))
    const after = () => usePrintStore.getState().setPrinting(false)
    window.addEventListener('beforeprint', before)
    window.addEventListener('afterprint', after)
    return () => {
      window.removeEventListener('beforeprint', before)
      window.removeEventListener('afterprint', after)
    }
  }, [])
  return printing
}
