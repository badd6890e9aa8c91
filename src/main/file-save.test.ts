import { describe, expect, it, vi } from 'vitest'
import { saveTextFile, saveTextFiles } from './file-save'

const request = { suggestedName: 'proxies.md', content: '# Proxies\n', filters: [{ name: 'Markdown', extensions: ['md'] }] }

describe('saveTextFile', () => {
  it('writes the content where the user chose', async () => {
    const write = vi.fn(async () => {})
    const choosePath = vi.fn(async () => '/home/u/proxies.md')
    expect(await saveTextFile(request, { choosePath, write })).toEqual({ saved: true, path: '/home/u/proxies.md' })
    expect(choosePath).toHaveBeenCalledWith('proxies.md', request.filters)
    expect(write).toHaveBeenCalledWith('/home/u/proxies.md', '# Proxies\n')
  })

  it('writes the bytes of a base64 request (a PNG image), not its text', async () => {
    const write = vi.fn(async () => {})
    const png = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)
    const base64 = Buffer.from(png).toString('base64')
    const result = await saveTextFile({ suggestedName: 'intake.png', content: base64, encoding: 'base64' }, { choosePath: async () => '/home/u/intake.png', write })
    expect(result).toEqual({ saved: true, path: '/home/u/intake.png' })
    expect(write).toHaveBeenCalledWith('/home/u/intake.png', png)
  })

  it('writes nothing when the user cancels', async () => {
    const write = vi.fn(async () => {})
    expect(await saveTextFile(request, { choosePath: async () => undefined, write })).toEqual({ saved: false })
    expect(write).not.toHaveBeenCalled()
  })

  it.each([
    ['ENOSPC', 'The disk is full.'],
    ['EACCES', 'You do not have permission to write there.'],
    ['EIO', 'The file could not be written.'],
  ])('explains %s', async (code, reason) => {
    const write = vi.fn(async () => { throw Object.assign(new Error(code), { code }) })
    const result = await saveTextFile(request, { choosePath: async () => '/mnt/full/proxies.md', write })
    expect(result).toEqual({ saved: false, error: `${reason} (/mnt/full/proxies.md)` })
  })
})

describe('saveTextFiles', () => {
  const files = [{ name: 'headlamp.md', content: '# Headlamp' }, { name: 'sops.md', content: '# SOPS' }]

  it('writes each file into the chosen folder', async () => {
    const write = vi.fn(async () => {})
    const result = await saveTextFiles({ title: 'Notes', files }, { chooseDirectory: async () => '/home/u/notes', write, makeDirectory: async () => {} })
    expect(result).toEqual({ saved: true, directory: '/home/u/notes', count: 2 })
    expect(write).toHaveBeenCalledWith('/home/u/notes/headlamp.md', '# Headlamp')
  })

  it('never writes outside the folder, even if a bad name got this far', async () => {
    const write = vi.fn(async () => {})
    const result = await saveTextFiles({ title: 'Notes', files: [{ name: '../escape.md', content: 'x' }] }, { chooseDirectory: async () => '/home/u/notes', write, makeDirectory: async () => {} })
    expect(result.saved).toBe(false)
    expect(write).not.toHaveBeenCalled()
  })

  it('reports a full disk with how far it got', async () => {
    let calls = 0
    const write = vi.fn(async () => { if (++calls === 2) throw Object.assign(new Error('full'), { code: 'ENOSPC' }) })
    const result = await saveTextFiles({ title: 'Notes', files }, { chooseDirectory: async () => '/mnt/full', write, makeDirectory: async () => {} })
    expect(result).toEqual({ saved: false, directory: '/mnt/full', count: 1, error: 'The disk is full. 1 of 2 files were written to /mnt/full.' })
  })

  it('does nothing when the user cancels', async () => {
    expect(await saveTextFiles({ title: 'Notes', files }, { chooseDirectory: async () => undefined })).toEqual({ saved: false })
  })
})
