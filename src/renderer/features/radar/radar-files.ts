/**
 * The radar picture as a file: the on-screen SVG made self-contained (its links point at the
 * projects' own sites, not into the app). The export envelope frames it (useExport.savePicture).
 */
/** The exported radar's width and height, in pixels. */
export const RADAR_PICTURE_SIZE = 840

export function radarSvgText(svg: SVGSVGElement, urlOf: (projectId: string) => string | undefined): string {
  const copy = svg.cloneNode(true) as SVGSVGElement
  copy.removeAttribute('class')
  copy.setAttribute('width', String(RADAR_PICTURE_SIZE))
  copy.setAttribute('height', String(RADAR_PICTURE_SIZE))
  for (const link of copy.querySelectorAll('a')) {
    const url = urlOf(link.getAttribute('data-project-id') ?? '')
    if (url) link.setAttribute('href', url)
    else link.removeAttribute('href')
    link.removeAttribute('aria-describedby')
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}\n`
}
