import { describe, expect, it, vi } from 'vitest'
import { printToPdfFile } from './print-pdf'

const pdf = new TextEncoder().encode('%PDF-1.7\n')
const request = { suggestedName: 'compare-headlamp-sops.pdf', pageSize: 'A4' as const }

describe('printToPdfFile', () => {
  it('prints with the requested paper and writes the PDF where the user chose', async () => {
    const print = vi.fn(async () => pdf)
    const write = vi.fn(async () => {})
    const choosePath = vi.fn(async () => '/home/u/compare.pdf')
    expect(await printToPdfFile({ ...request, pageSize: 'Letter' }, { print, choosePath, write })).toEqual({ saved: true, path: '/home/u/compare.pdf' })
    expect(print).toHaveBeenCalledWith(expect.objectContaining({ pageSize: 'Letter', printBackground: true, preferCSSPageSize: false }))
    expect(choosePath).toHaveBeenCalledWith('compare-headlamp-sops.pdf')
    expect(write).toHaveBeenCalledWith('/home/u/compare.pdf', pdf)
  })

  it('writes nothing when the user cancels', async () => {
    const write = vi.fn(async () => {})
    expect(await printToPdfFile(request, { print: async () => pdf, choosePath: async () => undefined, write })).toEqual({ saved: false })
    expect(write).not.toHaveBeenCalled()
  })

  it('explains a failed print and a failed write', async () => {
    const choosePath = vi.fn(async () => '/x.pdf')
    expect(await printToPdfFile(request, { print: async () => { throw new Error('renderer gone') }, choosePath })).toEqual({ saved: false, error: 'The page could not be printed to PDF.' })
    expect(choosePath).not.toHaveBeenCalled()
    const full = async () => { throw Object.assign(new Error('full'), { code: 'ENOSPC' }) }
    expect(await printToPdfFile(request, { print: async () => pdf, choosePath, write: full })).toEqual({ saved: false, error: 'The disk is full. (/x.pdf)' })
  })
})
