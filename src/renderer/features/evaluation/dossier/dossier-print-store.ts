import { create } from 'zustand'
import type { Dossier } from '../../../../shared/evaluation/dossier'

/** The dossier being printed, if any: the print host renders it and opens the print dialog. */
export const useDossierPrintStore = create<{ dossier?: Dossier; print: (dossier: Dossier) => void; done: () => void }>()((set) => ({
  dossier: undefined,
  print: (dossier) => set({ dossier }),
  done: () => set({ dossier: undefined }),
}))
