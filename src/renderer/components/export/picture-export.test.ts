// @vitest-environment jsdom
// Lives with the renderer for its DOMParser: src/shared is typed without the DOM.
import { describe, expect, it } from 'vitest'
import { makeEnvelope } from '../../../shared/testing/export'
import { framedSize, svgDocument } from '../../../shared/export/svg'

const drawing = '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 50"><text>R&amp;D &lt;radar&gt;</text></svg>'

describe('pictures in the export envelope', () => {
  it('keeps the drawing and puts every footer line under it as text a reader sees', () => {
    const envelope = makeEnvelope()
    const svg = svgDocument({ svg: drawing, width: 100, height: 50 }, envelope)
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')
    expect(doc.querySelector('parsererror')).toBeNull()
    const root = doc.documentElement
    const { height } = framedSize({ svg: drawing, width: 100, height: 50 }, envelope)
    expect(root.getAttribute('viewBox')).toBe(`0 0 100 ${height}`)
    expect(height).toBeGreaterThan(50)
    expect(root.querySelector('svg svg text')?.textContent).toBe('R&D <radar>')
    const lines = [...root.querySelectorAll(':scope > g text')].map((t) => t.textContent)
    expect(lines).toEqual(envelope.footer.map((line) => line.text))
    const linked = [...root.querySelectorAll(':scope > g a')].map((a) => a.getAttribute('href'))
    expect(linked).toEqual(envelope.footer.flatMap((line) => (line.url ? [line.url] : [])))
  })

  it('escapes footer text, so a title or revision cannot break out of the SVG', () => {
    const envelope = makeEnvelope()
    const hostile = { ...envelope, footer: [{ text: '</text><script>alert(1)</script>&', url: 'https://example.org/?a=1&b="2"' }] }
    const svg = svgDocument({ svg: drawing, width: 100, height: 50 }, hostile)
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')
    expect(doc.querySelector('parsererror')).toBeNull()
    expect(doc.querySelector('script')).toBeNull()
    expect(doc.querySelector(':scope > g text')?.textContent).toBe('</text><script>alert(1)</script>&')
  })

  it('refuses a picture without a size', () => {
    expect(() => svgDocument({ svg: drawing, width: 0, height: 50 }, makeEnvelope())).toThrow(/size/)
  })
})
