import { create } from 'zustand'

interface PaletteState {
  /** The command palette is open (`/`, Ctrl+K, the top bar's button, the desktop menu's Search). */
  open: boolean
  setOpen: (open: boolean) => void
}

/** Whether the command palette is open: the top bar owns it, the desktop menu can open it too. */
export const usePaletteStore = create<PaletteState>()((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
}))
