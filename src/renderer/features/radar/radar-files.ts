/**
 * The radar picture as files: the on-screen SVG made self-contained (its links point at the
 * projects' own sites, not into the app) and a PNG drawn from it.
 */
export function radarSvgText(svg: SVGSVGElement, urlOf: (projectId: string) => string | undefined): string {
  const copy = svg.cloneNode(true) as SVGSVGElement
  copy.removeAttribute('class')
  copy.setAttribute('width', '840')
  copy.setAttribute('height', '840')
  for (const link of copy.querySelectorAll('a')) {
    const url = urlOf(link.getAttribute('data-project-id') ?? '')
    if (url) link.setAttribute('href', url)
    else link.removeAttribute('href')
    link.removeAttribute('aria-describedby')
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}\n`
}

/** Draws the SVG on a canvas and returns the PNG's bytes as base64. */
export async function svgToPngBase64(svgText: string, size = 1680): Promise<string> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }))
  try {
    const image = new Image()
    image.decoding = 'async'
    image.src = url
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = size
    canvas.height = size
    const context = canvas.getContext('2d')
    if (!context) throw new Error('This system cannot draw pictures (no 2D canvas).')
    context.drawImage(image, 0, 0, size, size)
    return canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, '')
  } finally {
    URL.revokeObjectURL(url)
  }
}
