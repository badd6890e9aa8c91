import { create } from 'zustand'

export interface Notice {
  id: number
  message: string
  severity: 'success' | 'info' | 'warning' | 'error'
}

/** One-line confirmations and warnings shown in a snackbar ("Copied", "Six is the maximum"). */
export const useNoticeStore = create<{ notice?: Notice; show: (message: string, severity?: Notice['severity']) => void; dismiss: () => void }>()((set) => ({
  notice: undefined,
  show: (message, severity = 'info') => set({ notice: { id: Date.now(), message, severity } }),
  dismiss: () => set({ notice: undefined }),
}))
