import type { ExportEnvelope } from './envelope'

/** A picture the app drew (a radar, a chart): its SVG text and the size it was drawn at. */
export interface ExportPicture {
  svg: string
  width: number
  height: number
  /** The picture's own background and muted text colour, so the lines under it match (default: white, grey). */
  background?: string
  textColor?: string
}

const LINE_HEIGHT = 16
const FONT_SIZE = 11
const PADDING = 10

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** The size of the exported picture: the drawing plus the envelope's lines under it. */
export function framedSize(picture: ExportPicture, envelope: ExportEnvelope): { width: number; height: number } {
  return { width: picture.width, height: picture.height + PADDING + envelope.footer.length * LINE_HEIGHT }
}

/**
 * The picture with the envelope's lines under it, as one SVG: the drawing keeps its own
 * coordinates inside a nested <svg>, and the attribution, source and export time are real text a
 * reader sees on a slide or a wiki page (CC BY asks for it wherever the data is shared). The SVG
 * text is the app's own drawing, never a file from elsewhere.
 */
export function svgDocument(picture: ExportPicture, envelope: ExportEnvelope): string {
  const { width, height } = picture
  if (!(width > 0 && height > 0)) throw new Error('A picture needs a size to be exported.')
  const inner = picture.svg.replace(/^\s*<\?xml[^>]*\?>\s*/, '')
  const total = framedSize(picture, envelope).height
  const lines = envelope.footer.map((line, i) => {
    const y = height + PADDING + (i + 1) * LINE_HEIGHT - 4
    const text = `<text x="${PADDING}" y="${y}">${escapeXml(line.text)}</text>`
    return line.url ? `<a href="${escapeXml(line.url)}">${text}</a>` : text
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}">`,
    `<rect width="${width}" height="${total}" fill="${escapeXml(picture.background ?? '#ffffff')}"/>`,
    `<svg x="0" y="0" width="${width}" height="${height}">${inner}</svg>`,
    `<g font-family="sans-serif" font-size="${FONT_SIZE}" fill="${escapeXml(picture.textColor ?? '#444444')}">${lines.join('')}</g>`,
    '</svg>',
    '',
  ].join('\n')
}
