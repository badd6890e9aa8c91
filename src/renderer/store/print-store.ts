import { create } from 'zustand'

interface PrintState {
  /** True while a print or PDF is made: the page renders in the light theme for paper. */
  printing: boolean
  /** The file name (without .pdf) of the view on screen that can print, if it can. */
  printable?: string
  setPrinting: (printing: boolean) => void
  setPrintable: (printable: string | undefined) => void
}

export const usePrintStore = create<PrintState>()((set) => ({
  printing: false,
  printable: undefined,
  setPrinting: (printing) => set({ printing }),
  setPrintable: (printable) => set({ printable }),
}))
