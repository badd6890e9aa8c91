// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest'
import { composeSvg, FIGURE_ATTRIBUTE } from './export-image'

/** A figure as ChartFigure renders it: a legend, and the chart library's drawing styled by a class. */
function figure(heading: string, legend: { label: string; color: string }[]): HTMLElement {
  const element = document.createElement('figure')
  element.setAttribute(FIGURE_ATTRIBUTE, '')
  element.setAttribute('data-heading', heading)
  element.innerHTML = `<ul>${legend.map((item) => `<li data-legend-item data-color="${item.color}"></li>`).join('')}</ul>
    <svg class="MuiChartsSvgLayer-root" viewBox="0 0 600 300"><g class="bars"><rect class="bar" x="10" y="20" width="30" height="40"/></g><text class="tick">2023</text></svg>`
  element.querySelectorAll('li').forEach((li, i) => { li.textContent = legend[i].label })
  const style = document.createElement('style')
  style.textContent = '.bar { fill: rgb(0, 114, 178); } .tick { font-size: 12px; }'
  document.head.append(style)
  document.body.append(element)
  return element
}

const text = { title: 'Intake & "cohorts" <2023>', background: '#ffffff', text: '#111111', mutedText: '#666666', fontFamily: 'system-ui, "Segoe UI"' }

describe('composeSvg', () => {
  // jsdom draws nothing: text widths fall back to an estimate.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null)
  const drawing = figure('Where each cohort is today', [{ label: 'Still in the Sandbox', color: '#0072B2' }, { label: '<script>alert(1)</script>', color: '#E69F00' }])
  const { svg } = composeSvg([drawing], text)
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml')

  it('is one well-formed SVG document with the title, heading, legend and attribution as text', () => {
    expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0)
    const texts = [...parsed.getElementsByTagName('text')].map((t) => t.textContent)
    expect(parsed.querySelector('title')?.textContent).toBe(text.title)
    expect(texts).toEqual(expect.arrayContaining([text.title, 'Where each cohort is today', 'Still in the Sandbox', '<script>alert(1)</script>', '2023']))
    // Hostile labels stay text: no element came from them.
    expect(parsed.getElementsByTagName('script')).toHaveLength(0)
    expect([...parsed.querySelectorAll('rect[fill="#E69F00"]')]).toHaveLength(1)
  })

  it('carries the drawing with its computed styles written on each element, without the page’s classes', () => {
    const bar = parsed.querySelector('svg svg rect')!
    expect(bar.getAttribute('style')).toContain('fill:rgb(0, 114, 178)')
    expect(bar.hasAttribute('class')).toBe(false)
    // The page's own drawing is left as it was.
    expect(drawing.querySelector('rect')!.getAttribute('class')).toBe('bar')
    expect(drawing.querySelector('rect')!.hasAttribute('style')).toBe(false)
  })

  it('paints the theme background under everything', () => {
    expect(parsed.documentElement.children[1].getAttribute('fill')).toBe('#ffffff')
  })
})
