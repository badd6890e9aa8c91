import { describe, expect, it, vi } from 'vitest'
import { openTextFile } from './file-open'

describe('openTextFile', () => {
  it('reads the chosen file', async () => {
    const result = await openTextFile({ choosePath: async () => '/home/u/backup.json', size: async () => 12, read: async () => '{"ok":true}' })
    expect(result).toEqual({ opened: true, name: 'backup.json', content: '{"ok":true}' })
  })

  it('refuses a file over the limit without reading it', async () => {
    const read = vi.fn(async () => '')
    const result = await openTextFile({ choosePath: async () => '/home/u/huge.json', size: async () => 50_000_000, read }, 20_000_000)
    expect(result).toMatchObject({ opened: false, error: expect.stringContaining('too large') })
    expect(read).not.toHaveBeenCalled()
  })

  it('explains a permission error', async () => {
    const result = await openTextFile({ choosePath: async () => '/root/x.json', size: async () => { throw Object.assign(new Error('no'), { code: 'EACCES' }) } })
    expect(result).toEqual({ opened: false, name: 'x.json', error: 'You do not have permission to read that file.' })
  })

  it('does nothing when the user cancels', async () => {
    expect(await openTextFile({ choosePath: async () => undefined })).toEqual({ opened: false })
  })
})
