/**
 * Hostile inputs too large or too regular to keep as files: ReDoS shapes, deep nesting, sizes at
 * the limits and odd encodings, generated on demand per parser (by the target names of
 * test/fuzz/targets.ts). Each is a function, so only the one under test is in memory.
 */
const enc = (text: string) => new TextEncoder().encode(text)
const MB = 1024 * 1024
const deep = (open: string, close: string, depth: number, middle = '') => open.repeat(depth) + middle + close.repeat(depth)

export const hostileShapes: Record<string, Record<string, () => string | Uint8Array>> = {
  SVG: {
    '2 MB valid drawing with one long path': () => enc(`<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0${' l1 1'.repeat(Math.floor((2 * MB - 80) / 5))}"/></svg>`),
    '2 MB of 40,000 small elements': () => enc(`<svg xmlns="http://www.w3.org/2000/svg">${'<rect x="1" y="2" width="3" height="4" fill="#abc"/>'.repeat(40_000)}</svg>`),
    '2 MB of unclosed tags': () => enc(`<svg>${'<a '.repeat(Math.floor(2 * MB / 3) - 10)}`),
    '2 MB attribute full of <': () => enc(`<svg><rect x="${'<'.repeat(2 * MB - 30)}`),
    '2 MB of url( in a style': () => enc(`<svg><style>${'url('.repeat(Math.floor(2 * MB / 4) - 10)}</style></svg>`),
    '2 MB of nested url(url(': () => enc(`<svg><style>a{fill:${'url('.repeat(400_000)}#a${')'.repeat(100_000)}}</style></svg>`),
    '2 MB of CSS escapes': () => enc(`<svg><style>${'\\6a '.repeat(Math.floor(2 * MB / 4) - 10)}</style></svg>`),
    '10,000 nested groups': () => enc(`<svg xmlns="http://www.w3.org/2000/svg">${deep('<g>', '</g>', 10_000)}</svg>`),
    'over 2 MB': () => enc(`<svg xmlns="http://www.w3.org/2000/svg">${' '.repeat(2 * MB + 1)}</svg>`),
    'UTF-16 with BOM': () => new Uint8Array([0xff, 0xfe, ...[...'<svg><script/></svg>'].flatMap((c) => [c.charCodeAt(0), 0])]),
    'invalid UTF-8': () => new Uint8Array([...enc('<svg xmlns="http://www.w3.org/2000/svg"><text>'), 0xc3, 0x28, 0xf0, 0x9f, ...enc('</text></svg>')]),
  },
  Markdown: {
    '1 MB of [': () => '['.repeat(MB),
    '1 MB of [a](': () => '[a]('.repeat(MB / 4),
    '1 MB of _a*': () => '_a*'.repeat(MB / 3),
    '1 MB of *[…](b)*': () => `${'*['.repeat(MB / 14)}a${'](b)*'.repeat(MB / 14)}`,
    '1 MB of unclosed titles': () => '[a](b "'.repeat(MB / 7),
    '1 MB one paragraph of short lines': () => 'a b\n'.repeat(MB / 4),
    '100,000 nested quotes': () => `${'>'.repeat(100_000)} x`,
    '100,000 nested list markers': () => `${'- '.repeat(100_000)}x`,
    'lists nested by indentation': () => Array.from({ length: 2_000 }, (_, i) => `${' '.repeat(i * 2)}- x`).join('\n'),
    '1 MB table': () => `a|b\n-|-\n${'*a|_b\n'.repeat(MB / 6)}`,
  },
  backup: {
    '1,000,000 nested arrays': () => deep('[', ']', 1_000_000),
    'settings nested 100,000 deep': () => `{"format":"sandscape-backup","version":1,"exportedAt":"2026-10-01T10:00:00.000Z","data":{"bookmarks":[],"lists":[],"notes":[],"userTags":[],"comparisons":[]},"settings":{"projectsTable":${deep('{"a":', '}', 100_000, '1')}}}`,
    '5 MB string': () => `"${'a'.repeat(5 * MB)}"`,
    'over the size limit': () => ' '.repeat(20_000_001),
    'UTF-16 BOM as text': () => '\uFFFE{}',
  },
  'landscape YAML': {
    '100,000 nested flow sequences': () => enc(`landscape: ${deep('[', ']', 100_000)}`),
    '3,000 nested block sequences': () => enc(`landscape:\n${Array.from({ length: 3_000 }, (_, i) => `${' '.repeat(i)}- `).join('\n')}`),
    '1 MB of anchors and aliases': () => enc(`a: &a x\nlandscape: [${'*a,'.repeat(MB / 3)}]`),
    '2 MB key': () => enc(`${'k'.repeat(2 * MB)}: v`),
  },
  'API JSON': {
    '1,000,000 nested arrays': () => enc(deep('[', ']', 1_000_000)),
    '100,000 nested objects in extra': () => enc(`[{"name":"q","maturity":"sandbox","category":"c","subcategory":"s","extra":${deep('{"a":', '}', 100_000, '1')}}]`),
    '50,000 entries': () => enc(JSON.stringify(Array.from({ length: 50_000 }, (_, i) => ({ name: `p${i}`, maturity: 'sandbox', category: 'c', subcategory: 's' })))),
  },
  'URL hash': {
    '1 MB of %': () => `#/projects/${'%'.repeat(MB)}`,
    '100,000 ids': () => `#/compare?ids=${'a,'.repeat(100_000)}`,
    '1 MB of slashes': () => `#${'/'.repeat(MB)}`,
  },
}
