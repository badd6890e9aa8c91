// A chart card as one standalone image: its title, each figure's heading, legend and drawing
// (the chart library's <svg>, with the styles it takes from the page written onto each element),
// on the theme's background. The export envelope adds the attribution lines under it and draws the
// PNG from that SVG (components/export/useExport.savePicture).

/** Marks a chart's figure in the page: heading in data-heading, legend items in [data-legend-item]. */
export const FIGURE_ATTRIBUTE = 'data-chart-figure'

export interface ImageText {
  title: string
  background: string
  text: string
  mutedText: string
  fontFamily: string
}

const SVG_NS = 'http://www.w3.org/2000/svg'
/**
 * The presentation properties the charts' CSS sets; everything a standalone file needs to look the
 * same. Not visibility: a card showing its table keeps its chart drawn but hidden, and exports it.
 */
const STYLE_PROPERTIES = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'opacity',
  'font-family', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline', 'display'] as const
const PADDING = 20
const LEGEND_SWATCH = 12

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!)
}

/** The drawing with its computed styles inlined, so it no longer needs the page's style sheets. */
function standaloneDrawing(svg: SVGSVGElement): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement
  const originals = [svg, ...svg.querySelectorAll('*')]
  const copies = [copy, ...copy.querySelectorAll('*')]
  originals.forEach((original, i) => {
    const target = copies[i] as SVGElement
    const style = getComputedStyle(original)
    const inline = STYLE_PROPERTIES.map((p) => `${p}:${style.getPropertyValue(p)}`).filter((d) => !d.endsWith(':')).join(';')
    target.setAttribute('style', inline)
    target.removeAttribute('class')
    // Focus and hover marks of the moment are not part of the figure.
    if (original.getAttribute('data-focused') === 'true') target.removeAttribute('data-focused')
  })
  return copy
}

interface Measured { width: (text: string, size: number, weight?: number) => number }

function measurer(fontFamily: string): Measured {
  const context = document.createElement('canvas').getContext('2d')
  return {
    width: (text, size, weight = 400) => {
      if (!context) return text.length * size * 0.6
      context.font = `${weight} ${size}px ${fontFamily}`
      return context.measureText(text).width
    },
  }
}

/** The card's figures as one SVG document. */
/** The card's picture and its size, for the export envelope to frame. */
export function composeSvg(figures: readonly HTMLElement[], text: ImageText): { svg: string; width: number; height: number } {
  const measure = measurer(text.fontFamily)
  const drawings = figures.map((figure) => ({
    heading: figure.getAttribute('data-heading') ?? '',
    legend: [...figure.querySelectorAll<HTMLElement>('[data-legend-item]')].map((item) => ({ label: item.textContent?.trim() ?? '', color: item.getAttribute('data-color') ?? text.text })),
    // The chart library's drawing layer (its focus and tooltip layers are HTML).
    svg: figure.querySelector<SVGSVGElement>('svg.MuiChartsSvgLayer-root') ?? figure.querySelector<SVGSVGElement>('svg'),
  })).filter((d): d is typeof d & { svg: SVGSVGElement } => d.svg !== null)
  const width = Math.ceil(Math.max(480, ...drawings.map((d) => d.svg.getBoundingClientRect().width)) + PADDING * 2)
  const parts: string[] = []
  let y = PADDING

  const line = (content: string, size: number, color: string, weight = 400) => {
    y += size * 1.3
    parts.push(`<text x="${PADDING}" y="${y}" font-family="${escapeXml(text.fontFamily)}" font-size="${size}" font-weight="${weight}" fill="${color}">${escapeXml(content)}</text>`)
    y += size * 0.4
  }

  line(text.title, 18, text.text, 600)
  for (const drawing of drawings) {
    y += 8
    if (drawing.heading) line(drawing.heading, 14, text.text, 600)
    // Legend: swatch and label, wrapping at the image's width.
    let x = PADDING
    if (drawing.legend.length) y += 6
    for (const item of drawing.legend) {
      const itemWidth = LEGEND_SWATCH + 6 + measure.width(item.label, 12) + 16
      if (x > PADDING && x + itemWidth > width - PADDING) { x = PADDING; y += 18 }
      parts.push(`<rect x="${x}" y="${y}" width="${LEGEND_SWATCH}" height="${LEGEND_SWATCH}" rx="2" fill="${escapeXml(item.color)}"/>`)
      parts.push(`<text x="${x + LEGEND_SWATCH + 6}" y="${y + 10.5}" font-family="${escapeXml(text.fontFamily)}" font-size="12" fill="${text.text}">${escapeXml(item.label)}</text>`)
      x += itemWidth
    }
    if (drawing.legend.length) y += 22
    const box = drawing.svg.getBoundingClientRect()
    const copy = standaloneDrawing(drawing.svg)
    copy.setAttribute('x', String(PADDING))
    copy.setAttribute('y', String(y))
    copy.setAttribute('width', String(Math.ceil(box.width)))
    copy.setAttribute('height', String(Math.ceil(box.height)))
    if (!copy.getAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${Math.ceil(box.width)} ${Math.ceil(box.height)}`)
    parts.push(new XMLSerializer().serializeToString(copy))
    y += Math.ceil(box.height)
  }
  const height = Math.ceil(y + PADDING)
  const svg = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${escapeXml(text.title)}</title>`,
    `<rect width="100%" height="100%" fill="${text.background}"/>`,
    ...parts,
    '</svg>',
  ].join('\n')
  return { svg, width, height }
}
