// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createWebBridge } from './web-bridge'

/** jsdom's Blob has no arrayBuffer(): read it as a browser of its age would. */
const bytesOf = (blob: Blob) => new Promise<Uint8Array>((resolve) => {
  const reader = new FileReader()
  reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer))
  reader.readAsArrayBuffer(blob)
})

describe('createWebBridge saves as downloads', () => {
  const blobs: Blob[] = []
  afterEach(() => { vi.restoreAllMocks(); blobs.length = 0 })

  const capture = () => {
    URL.createObjectURL = vi.fn((blob: Blob) => { blobs.push(blob); return 'blob:test' })
    URL.revokeObjectURL = vi.fn()
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)
  }

  it('writes a base64 request as its bytes, typed by the file filter', async () => {
    capture()
    const png = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)
    const base64 = btoa(String.fromCharCode(...png))
    expect(await createWebBridge().saveTextFile({ suggestedName: 'intake.png', content: base64, encoding: 'base64', filters: [{ name: 'PNG image', extensions: ['png'] }] })).toEqual({ saved: true })
    expect(blobs[0].type).toBe('image/png')
    expect(await bytesOf(blobs[0])).toEqual(png)
  })

  it('writes text as UTF-8, an SVG as an image', async () => {
    capture()
    await createWebBridge().saveTextFile({ suggestedName: 'intake.svg', content: '<svg/>', filters: [{ name: 'SVG image', extensions: ['svg'] }] })
    expect(blobs[0].type).toBe('image/svg+xml;charset=utf-8')
    expect(new TextDecoder().decode(await bytesOf(blobs[0]))).toBe('<svg/>')
  })
})
