// Every platform's icon from one source, build/icon.svg (our own mark): PNGs for Linux
// (build/icons/png/<size>x<size>.png), icon.ico for Windows, icon.icns for macOS. Run by
// `npm run icons` and before `npm run package`; the output is generated, not committed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { Resvg } from '@resvg/resvg-js'
import { toIcns, toIco } from './icon-formats'

const SOURCE = path.resolve('build/icon.svg')
const OUT = path.resolve('build/icons')
const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024]

export function renderIcon(svg: string, size: number): Uint8Array {
  // No fonts and no external files: the mark is paths only, so every machine renders it alike.
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false }, background: 'rgba(0,0,0,0)' }).render().asPng()
}

function main(): void {
  const svg = readFileSync(SOURCE, 'utf8')
  const pngs = new Map(SIZES.map((size) => [size, renderIcon(svg, size)]))
  mkdirSync(path.join(OUT, 'png'), { recursive: true })
  for (const [size, png] of pngs) writeFileSync(path.join(OUT, 'png', `${size}x${size}.png`), png)
  writeFileSync(path.join(OUT, 'icon.png'), pngs.get(1024)!)
  writeFileSync(path.join(OUT, 'icon.ico'), toIco([16, 24, 32, 48, 64, 128, 256].map((size) => pngs.get(size)!)))
  writeFileSync(path.join(OUT, 'icon.icns'), toIcns(pngs))
  console.log(`icons: ${SIZES.length} PNGs, icon.ico and icon.icns from ${path.relative(process.cwd(), SOURCE)} in ${path.relative(process.cwd(), OUT)}/`)
}

main()
