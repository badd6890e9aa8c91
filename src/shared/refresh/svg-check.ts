import { SaxesParser, type SaxesAttributeNS, type SaxesTagNS } from 'saxes'

/**
 * An SVG logo is checked by a real XML parser (saxes: streaming, linear time) against an
 * allowlist, within explicit limits. Logos are only ever painted through <img src=blob:>, where
 * scripts do not run and nothing external loads; this is the second wall. What the parser
 * decodes (character references, namespace prefixes) is what is checked, and CSS is read with
 * its escapes decoded, so `javascript&#58;`, `<x:script>` and `\6a avascript:` are all seen.
 */
export const SVG_LIMITS = {
  /** Characters of SVG text (the download itself stops at 2 MB). */
  length: 2 * 1024 * 1024,
  depth: 100,
  elements: 100_000,
  attributesPerElement: 200,
} as const

const SVG_NS = 'http://www.w3.org/2000/svg'
const XLINK_NS = 'http://www.w3.org/1999/xlink'
const XML_NS = 'http://www.w3.org/XML/1998/namespace'
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/'

/** Editors' bookkeeping (Inkscape, Illustrator, Sketch, Figma, RDF metadata): ignored by renderers. */
const METADATA_NAMESPACES = new Set([
  'http://www.inkscape.org/namespaces/inkscape',
  'http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  'http://purl.org/dc/elements/1.1/',
  'http://purl.org/dc/terms/',
  'http://creativecommons.org/ns#',
  'http://web.resource.org/cc/',
  'http://ns.adobe.com/AdobeIllustrator/10.0/',
  'http://ns.adobe.com/AdobeSVGViewerExtensions/3.0/',
  'http://ns.adobe.com/Extensibility/1.0/',
  'http://ns.adobe.com/Graphs/1.0/',
  'http://ns.adobe.com/SaveForWeb/1.0/',
  'http://ns.adobe.com/Variables/1.0/',
  'http://ns.adobe.com/ImageReplacement/1.0/',
  'http://ns.adobe.com/GenericCustomNamespace/1.0/',
  'http://ns.adobe.com/xap/1.0/',
  'http://ns.adobe.com/xap/1.0/mm/',
  'http://ns.adobe.com/xap/1.0/sType/ResourceRef#',
  'http://www.bohemiancoding.com/sketch/ns',
  'http://www.serif.com/',
  'http://www.figma.com/figma/ns',
  'http://www.vectornator.io',
  'https://boxy-svg.com',
])

const ACTIVE_ELEMENTS = new Set(['foreignobject', 'iframe', 'embed', 'object', 'audio', 'video', 'link', 'meta', 'base', 'handler', 'listener', 'set'])

const SVG_ELEMENTS = new Set(`svg g defs desc title metadata symbol use switch view style a
  path rect circle ellipse line polyline polygon text tspan textPath tref altGlyph altGlyphDef altGlyphItem glyphRef
  image clipPath mask pattern marker linearGradient radialGradient stop solidcolor solidColor hatch hatchpath
  meshgradient meshrow meshpatch filter feBlend feColorMatrix feComponentTransfer feComposite feConvolveMatrix
  feDiffuseLighting feDisplacementMap feDistantLight feDropShadow feFlood feFuncA feFuncB feFuncG feFuncR
  feGaussianBlur feImage feMerge feMergeNode feMorphology feOffset fePointLight feSpecularLighting feSpotLight
  feTile feTurbulence font font-face font-face-src font-face-uri font-face-format font-face-name glyph missing-glyph
  hkern vkern color-profile cursor animate animateMotion animateTransform animateColor mpath`.split(/\s+/))

const SVG_ATTRIBUTES = new Set(`id class style lang tabindex transform viewBox preserveAspectRatio version baseProfile
  width height x y x1 y1 x2 y2 cx cy r rx ry fx fy fr d points pathLength offset gradientUnits gradientTransform
  spreadMethod patternUnits patternContentUnits patternTransform clipPathUnits maskUnits maskContentUnits
  markerUnits markerWidth markerHeight refX refY orient filterUnits primitiveUnits filterRes in in2 result
  stdDeviation dx dy rotate textLength lengthAdjust startOffset method spacing side href zoomAndPan
  enable-background space requiredFeatures requiredExtensions systemLanguage focusable role type values mode
  operator k1 k2 k3 k4 kernelMatrix order divisor bias targetX targetY edgeMode kernelUnitLength preserveAlpha
  surfaceScale diffuseConstant specularConstant specularExponent azimuth elevation pointsAtX pointsAtY pointsAtZ
  limitingConeAngle scale xChannelSelector yChannelSelector tableValues slope intercept amplitude exponent radius
  baseFrequency numOctaves seed stitchTiles media title name unicode glyph-name horiz-adv-x horiz-origin-x
  horiz-origin-y vert-adv-y vert-origin-x vert-origin-y units-per-em ascent descent unicode-range panose-1 stemv
  stemh slope x-height cap-height alphabetic mathematical hanging ideographic underline-position
  underline-thickness strikethrough-position strikethrough-thickness overline-position overline-thickness u1 u2
  g1 g2 k arabic-form orientation widths bbox format local rendering-intent
  attributeName attributeType begin dur end min max restart repeatCount repeatDur calcMode keyTimes keySplines
  keyPoints from to by additive accumulate path
  alignment-baseline baseline-shift clip clip-path clip-rule color color-interpolation
  color-interpolation-filters color-profile color-rendering cursor direction display dominant-baseline fill
  fill-opacity fill-rule filter flood-color flood-opacity font font-family font-size font-size-adjust
  font-stretch font-style font-variant font-weight glyph-orientation-horizontal glyph-orientation-vertical
  image-rendering kerning letter-spacing lighting-color marker marker-end marker-mid marker-start mask mask-type
  opacity overflow paint-order pointer-events shape-rendering stop-color stop-opacity stroke stroke-dasharray
  stroke-dashoffset stroke-linecap stroke-linejoin stroke-miterlimit stroke-opacity stroke-width text-anchor
  text-decoration text-rendering transform-origin unicode-bidi vector-effect visibility word-spacing
  writing-mode isolation mix-blend-mode solid-color solid-opacity white-space inline-size line-height`.split(/\s+/))

const XLINK_ATTRIBUTES = new Set(['href', 'title', 'type', 'show', 'actuate', 'role', 'arcrole'])

/** A reference that stays inside the file: a fragment, or an embedded raster image. */
const INTERNAL_REFERENCE = /^\s*(?:#|data:image\/(?:png|jpeg|jpg|gif|webp)[;,])/i

/** Control characters and spaces dropped, as browsers do when reading a URL's scheme. */
const schemeOf = (value: string) => value.replace(/[\u0000-\u0020\u007f]+/g, '').toLowerCase()

class Refused extends Error {}

/** Why an SVG must not be shown (one sentence, lower case), or undefined when it is a plain drawing. */
export function svgProblem(svg: string): string | undefined {
  if (svg.length > SVG_LIMITS.length) return 'it is larger than 2 MB'
  try {
    checkSvg(svg)
    return undefined
  } catch (error) {
    if (error instanceof Refused) return error.message
    // saxes reports a malformed document as an Error with a position prefix.
    return `it is not well-formed XML (${String((error as Error).message).replace(/^[^:]*:\d+:\d+: /, '').slice(0, 80)})`
  }
}

function checkSvg(svg: string): void {
  const parser = new SaxesParser({ xmlns: true, position: false })
  const refuse = (reason: string): never => { throw new Refused(reason) }
  let depth = 0
  let elements = 0
  let rootSeen = false
  let styleDepth = 0
  let styleText = ''

  parser.on('error', (error) => { throw error })
  parser.on('doctype', (doctype) => {
    // A DOCTYPE naming a DTD is harmless; an internal subset declares entities.
    if (doctype.includes('[')) refuse('it declares XML entities')
  })
  parser.on('processinginstruction', ({ target }) => {
    if (target.toLowerCase() === 'xml-stylesheet') refuse('its styles import another file')
    refuse(`it has a processing instruction (<?${target.slice(0, 30)}?>)`)
  })
  parser.on('opentag', (tag: SaxesTagNS) => {
    depth++
    elements++
    if (depth > SVG_LIMITS.depth) refuse(`it is nested more than ${SVG_LIMITS.depth} elements deep`)
    if (elements > SVG_LIMITS.elements) refuse(`it has more than ${SVG_LIMITS.elements.toLocaleString('en')} elements`)
    const inSvg = tag.uri === SVG_NS || tag.uri === ''
    if (!rootSeen) {
      rootSeen = true
      if (!inSvg || tag.local !== 'svg') refuse('its root element is not <svg>')
    }
    checkElement(tag, inSvg, refuse)
    if (inSvg && tag.local === 'style') styleDepth = depth
  })
  parser.on('closetag', () => {
    if (styleDepth === depth) {
      checkCss(styleText, refuse)
      styleText = ''
      styleDepth = 0
    }
    depth--
  })
  const collect = (text: string) => { if (styleDepth) styleText += text }
  parser.on('text', collect)
  parser.on('cdata', collect)
  parser.write(svg).close()
  if (!rootSeen) refuse('it has no <svg> element')
}

function checkElement(tag: SaxesTagNS, inSvg: boolean, refuse: (reason: string) => never): void {
  const local = tag.local
  if (inSvg) {
    if (local.toLowerCase() === 'script') refuse('it contains a script')
    if (ACTIVE_ELEMENTS.has(local.toLowerCase())) refuse('it embeds HTML or active content')
    if (!SVG_ELEMENTS.has(local)) refuse(`it has an element SVG logos do not use (<${local.slice(0, 40)}>)`)
  } else if (!METADATA_NAMESPACES.has(tag.uri)) {
    if (local.toLowerCase() === 'script') refuse('it contains a script')
    refuse(tag.uri === 'http://www.w3.org/1999/xhtml' ? 'it embeds HTML or active content' : `it has an element from an unknown namespace (<${tag.name.slice(0, 40)}>)`)
  }
  const attributes = Object.values(tag.attributes) as SaxesAttributeNS[]
  if (attributes.length > SVG_LIMITS.attributesPerElement) refuse(`an element has more than ${SVG_LIMITS.attributesPerElement} attributes`)
  for (const attribute of attributes) checkAttribute(attribute, !inSvg, refuse)
}

/** Attributes of editors' metadata elements are not drawn: only handlers and links are looked at. */
function checkAttribute({ uri, local, name, value }: SaxesAttributeNS, onMetadata: boolean, refuse: (reason: string) => never): void {
  if (uri === XMLNS_NS || name === 'xmlns') return
  if (local.toLowerCase().startsWith('on')) refuse('it has an event handler attribute (on…=)')
  const scheme = schemeOf(value)
  if (scheme.includes('javascript:') || scheme.includes('vbscript:')) refuse('it contains a javascript: URL')
  if (uri === XML_NS || (uri !== '' && uri !== XLINK_NS && METADATA_NAMESPACES.has(uri))) return
  if (onMetadata) {
    if (local === 'href' || local === 'src') refuse(`it refers to an external resource (${value.slice(0, 60)})`)
    return
  }
  if (uri === XLINK_NS ? !XLINK_ATTRIBUTES.has(local) : uri !== '' || !(SVG_ATTRIBUTES.has(local) || local.startsWith('data-') || local.startsWith('aria-'))) {
    refuse(`it has an attribute SVG logos do not use (${name.slice(0, 40)})`)
  }
  if (local === 'href' || local === 'src') {
    if (!INTERNAL_REFERENCE.test(value)) refuse(`it refers to an external resource (${value.slice(0, 60)})`)
  } else if (local === 'style') {
    checkCss(value, refuse)
  } else if (local === 'attributeName' && /^(?:xlink:)?href$|^on|^style$/i.test(value.trim())) {
    refuse('it animates a link or a style')
  } else if (value.includes('(')) {
    // Presentation attributes take url(…) too: fill="url(#gradient)".
    checkUrls(value.toLowerCase(), refuse)
  }
}

/** CSS with escapes decoded and comments dropped, lower case: what a browser would act on. */
export function readableCss(css: string): string {
  const parts: string[] = []
  let run = 0
  for (let i = 0; i < css.length; i++) {
    const ch = css[i]
    if (ch === '/' && css[i + 1] === '*') {
      parts.push(css.slice(run, i))
      const end = css.indexOf('*/', i + 2)
      // Dropped without a trace: \`url/**/(\` then reads as url( and is checked (refusing too much is safe).
      i = end < 0 ? css.length : end + 1
      run = i + 1
    } else if (ch === '\\') {
      parts.push(css.slice(run, i))
      let j = i + 1
      while (j < css.length && j - i <= 6 && /[0-9a-f]/i.test(css[j])) j++
      if (j > i + 1) {
        const code = Number.parseInt(css.slice(i + 1, j), 16)
        parts.push(String.fromCodePoint(code > 0 && code <= 0x10ffff ? code : 0xfffd))
        if (css[j] === ' ' || css[j] === '\t' || css[j] === '\n') j++
        i = j - 1
      } else {
        parts.push(css[j] ?? '')
        i = j
      }
      run = i + 1
    }
  }
  parts.push(css.slice(run))
  return parts.join('').toLowerCase()
}

function checkCss(css: string, refuse: (reason: string) => never): void {
  const text = readableCss(css)
  if (text.includes('@import')) refuse('its styles import another file')
  const scheme = schemeOf(text)
  if (scheme.includes('javascript:') || scheme.includes('vbscript:')) refuse('it contains a javascript: URL')
  if (scheme.includes('expression(') || scheme.includes('-moz-binding') || scheme.includes('behavior:')) refuse('its styles run code')
  if (scheme.includes('image-set(') || scheme.includes('image(')) refuse('its styles load an external resource (image-set)')
  checkUrls(text, refuse)
}

/**
 * Every url(…) must point inside the file. One forward pass: the next url( is looked for after
 * the parenthesis that closed the last, so no character is read twice.
 */
function checkUrls(text: string, refuse: (reason: string) => never): void {
  for (let at = text.indexOf('url('); at >= 0;) {
    const close = text.indexOf(')', at + 4)
    const end = close < 0 ? text.length : close
    const inner = text.slice(at + 4, end).trim().replace(/^(['"])([\s\S]*)\1$/, '$2')
    if (!INTERNAL_REFERENCE.test(inner)) refuse(`its styles load an external resource (${inner.slice(0, 60)})`)
    at = close < 0 ? -1 : text.indexOf('url(', close + 1)
  }
}
