import { describe, expect, it, vi } from 'vitest'
import { saveTextFile } from './file-save'

const request = { suggestedName: 'proxies.md', content: '# Proxies\n', filters: [{ name: 'Markdown', extensions: ['md'] }] }

describe('saveTextFile', () => {
  it('writes the content where the user chose', async () => {
    const write = vi.fn(async () => {})
    const choosePath = vi.fn(async () => '/home/u/proxies.md')
    expect(await saveTextFile(request, { choosePath, write })).toEqual({ saved: true, path: '/home/u/proxies.md' })
    expect(choosePath).toHaveBeenCalledWith('proxies.md', request.filters)
    expect(write).toHaveBeenCalledWith('/home/u/proxies.md', '# Proxies\n')
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
