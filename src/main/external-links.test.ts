import { describe, expect, it, vi } from 'vitest'
import { openExternalUrl } from './external-links'

describe('openExternalUrl', () => {
  it('opens http and https links', async () => {
    const open = vi.fn(async () => {})
    expect(await openExternalUrl('https://landscape.cncf.io/', open)).toBe(true)
    expect(await openExternalUrl('http://example.org/', open)).toBe(true)
    expect(open).toHaveBeenCalledTimes(2)
  })

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'vscode://x', 'mailto:a@b.c', '', 'https://'])('refuses %s', async (url) => {
    const open = vi.fn(async () => {})
    expect(await openExternalUrl(url, open)).toBe(false)
    expect(open).not.toHaveBeenCalled()
  })
})
