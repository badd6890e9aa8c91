// Icon containers for the platforms, built from PNGs: .ico (Windows) and .icns (macOS) both
// accept PNG-compressed images, so packing is only headers and offsets.

/** Width and height of a PNG, from its IHDR chunk; throws for anything that is not a PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
  if (png.length < 24 || signature.some((byte, i) => png[i] !== byte)) throw new Error('not a PNG image')
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength)
  return { width: view.getUint32(16), height: view.getUint32(20) }
}

/** A Windows .ico holding the given square PNGs (each at most 256 px). */
export function toIco(pngs: readonly Uint8Array[]): Uint8Array {
  const header = 6
  const entry = 16
  const total = header + entry * pngs.length + pngs.reduce((n, p) => n + p.length, 0)
  const out = new Uint8Array(total)
  const view = new DataView(out.buffer)
  view.setUint16(0, 0, true) // reserved
  view.setUint16(2, 1, true) // type: icon
  view.setUint16(4, pngs.length, true)
  let offset = header + entry * pngs.length
  pngs.forEach((png, i) => {
    const { width, height } = pngSize(png)
    if (width > 256 || height > 256) throw new Error(`an .ico image is at most 256 px, not ${width}`)
    const at = header + entry * i
    view.setUint8(at, width === 256 ? 0 : width)
    view.setUint8(at + 1, height === 256 ? 0 : height)
    view.setUint8(at + 2, 0) // palette colours
    view.setUint8(at + 3, 0) // reserved
    view.setUint16(at + 4, 1, true) // colour planes
    view.setUint16(at + 6, 32, true) // bits per pixel
    view.setUint32(at + 8, png.length, true)
    view.setUint32(at + 12, offset, true)
    out.set(png, offset)
    offset += png.length
  })
  return out
}

/** The .icns type for each pixel size macOS asks for (the @2x types reuse the larger images). */
export const ICNS_TYPES: readonly { type: string; size: number }[] = [
  { type: 'icp4', size: 16 },
  { type: 'icp5', size: 32 },
  { type: 'icp6', size: 64 },
  { type: 'ic07', size: 128 },
  { type: 'ic08', size: 256 },
  { type: 'ic09', size: 512 },
  { type: 'ic10', size: 1024 },
  { type: 'ic11', size: 32 },
  { type: 'ic12', size: 64 },
  { type: 'ic13', size: 512 },
  { type: 'ic14', size: 1024 },
]

/** A macOS .icns from PNGs by pixel size; every size ICNS_TYPES names must be there. */
export function toIcns(pngsBySize: ReadonlyMap<number, Uint8Array>): Uint8Array {
  const chunks = ICNS_TYPES.map(({ type, size }) => {
    const png = pngsBySize.get(size)
    if (!png) throw new Error(`no ${size} px image for ${type}`)
    const { width } = pngSize(png)
    if (width !== size) throw new Error(`${type} needs ${size} px, got ${width}`)
    const chunk = new Uint8Array(8 + png.length)
    chunk.set(new TextEncoder().encode(type), 0)
    new DataView(chunk.buffer).setUint32(4, chunk.length)
    chunk.set(png, 8)
    return chunk
  })
  const total = 8 + chunks.reduce((n, c) => n + c.length, 0)
  const out = new Uint8Array(total)
  out.set(new TextEncoder().encode('icns'), 0)
  new DataView(out.buffer).setUint32(4, total)
  let offset = 8
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.length
  }
  return out
}
