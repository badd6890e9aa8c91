import { readFileSync } from 'node:fs'
import { Resvg } from '@resvg/resvg-js'
import { describe, expect, it } from 'vitest'
import { ICNS_TYPES, pngSize, toIcns, toIco } from './icon-formats'

const svg = readFileSync('build/icon.svg', 'utf8')
const render = (size: number) => new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } }).render().asPng()

describe('the icon source', () => {
  it('is our own mark drawn with shapes only: no text, no images, no links to other files', () => {
    expect(svg).not.toMatch(/<text|<image|href=|<script/i)
    expect(pngSize(render(64))).toEqual({ width: 64, height: 64 })
  })
})

describe('toIco', () => {
  it('writes a directory entry per image, pointing at its PNG', () => {
    const pngs = [16, 32, 256].map(render)
    const ico = toIco(pngs)
    const view = new DataView(ico.buffer)
    expect([view.getUint16(0, true), view.getUint16(2, true), view.getUint16(4, true)]).toEqual([0, 1, 3])
    expect(view.getUint8(6)).toBe(16)
    expect(view.getUint8(6 + 32)).toBe(0) // 256 is written as 0
    const size = view.getUint32(6 + 32 + 8, true)
    const offset = view.getUint32(6 + 32 + 12, true)
    expect(ico.slice(offset, offset + size)).toEqual(new Uint8Array(pngs[2]))
    expect(offset + size).toBe(ico.length)
  })

  it('refuses images over 256 px and anything that is not a PNG', () => {
    expect(() => toIco([render(512)])).toThrow(/at most 256/)
    expect(() => toIco([new Uint8Array([1, 2, 3])])).toThrow(/not a PNG/)
  })
})

describe('toIcns', () => {
  it('holds every size macOS asks for, with lengths that add up', () => {
    const pngs = new Map([16, 32, 64, 128, 256, 512, 1024].map((size) => [size, render(size)]))
    const icns = toIcns(pngs)
    const view = new DataView(icns.buffer)
    expect(new TextDecoder().decode(icns.slice(0, 4))).toBe('icns')
    expect(view.getUint32(4)).toBe(icns.length)
    const types: string[] = []
    for (let offset = 8; offset < icns.length; offset += view.getUint32(offset + 4)) {
      types.push(new TextDecoder().decode(icns.slice(offset, offset + 4)))
    }
    expect(types).toEqual(ICNS_TYPES.map((t) => t.type))
  })

  it('refuses a set with a size missing', () => {
    expect(() => toIcns(new Map([[16, render(16)]]))).toThrow(/no 32 px image/)
  })
})
