// What an export needs to write its file: the renderers (CSV, JSON, Markdown, SVG), the envelope
// and the PNG drawing. Loaded by useExport when first used, or once the first rows are on screen.
export { createEnvelope } from '../../../shared/export/envelope'
export { renderExport } from '../../../shared/export/render'
export { framedSize } from '../../../shared/export/svg'
export { svgToPngBase64 } from './raster'
