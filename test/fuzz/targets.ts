import fc from 'fast-check'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { stringify as toYaml } from 'yaml'
import { createBackup, parseBackup, serializeBackup } from '../../src/shared/backup/format'
import { readHealthAnswer, type HealthAnswerKind } from '../../src/shared/health/read-answer'
import { boundMarkdown } from '../../src/shared/notes/markdown-bounds'
import { parseLandscape } from '../../src/shared/refresh/fetch-landscape'
import { checkLogo } from '../../src/shared/refresh/logo'
// The URL hash parser: the view registry's, over the views the features declare (their views.ts).
import { matchRoute, type AnyView } from '../../src/renderer/registry/view'
import * as boardViews from '../../src/renderer/features/board/views'
import * as bookmarksViews from '../../src/renderer/features/bookmarks/views'
import * as compareViews from '../../src/renderer/features/compare/views'
import * as insightsViews from '../../src/renderer/features/insights/views'
import * as notesViews from '../../src/renderer/features/notes/views'
import * as projectDetailViews from '../../src/renderer/features/project-detail/views'
import * as projectsViews from '../../src/renderer/features/projects/views'
import * as radarViews from '../../src/renderer/features/radar/views'
import * as settingsViews from '../../src/renderer/features/settings/views'
import * as whatsNewViews from '../../src/renderer/features/whats-new/views'
import { EMPTY_EVALUATION_DATA } from '../../src/shared/evaluation/backup-merge'

const isView = (value: unknown): value is AnyView => typeof value === 'object' && value !== null && 'segments' in value && 'path' in value
const VIEWS = [boardViews, bookmarksViews, compareViews, insightsViews, notesViews, projectDetailViews, projectsViews, radarViews, settingsViews, whatsNewViews]
  .flatMap((module) => Object.values(module).filter(isView))

/** Reads a hash as the app does: the view it opens and that view's parameters (each view's codec, forgiving). */
const parseUrlHash = (hash: string) => matchRoute(VIEWS, hash)

/**
 * Every parser of untrusted input, as the property suite (test/fuzz/parsers.test.ts) and
 * `npm run fuzz` drive them: any input gives a value or a typed error, never a throw, within
 * the budget. Inputs mix raw bytes and text with structure-aware ones, so the parsers are
 * reached past their first check.
 */
export interface ParserTarget<I> {
  name: string
  input: fc.Arbitrary<I>
  /** Runs the parser; returns why the result is not a value or a typed error, if it is not. */
  run: (input: I) => string | undefined
  /** The size of an input, for reports. */
  size: (input: I) => number
}

/**
 * Per case, in CPU time: a hang detector, not a speed target (`npm run fuzz` and
 * `npm run bench:hostile` print the real figures). The largest hostile shapes take up to about a
 * second on a loaded machine; the quadratic behaviours this catches took minutes.
 */
export const CASE_BUDGET_MS = 5_000

const bytes = (text: string) => new TextEncoder().encode(text)
const typedResult = (value: unknown) => (typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean' ? undefined : `not a typed result: ${JSON.stringify(value)?.slice(0, 80)}`)

/** Text from pieces that matter to the parser, mixed with any characters. */
const textOf = (pieces: string[], maxLength = 60) => fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 8, unit: 'grapheme' })), { maxLength }).map((parts) => parts.join(''))
/** Raw bytes, or the UTF-8 of `text`, or `text` with some bytes flipped. */
const bytesOf = (text: fc.Arbitrary<string>) => fc.oneof(
  fc.uint8Array({ maxLength: 300 }),
  text.map(bytes),
  fc.tuple(text, fc.array(fc.nat(), { maxLength: 4 }), fc.nat(255)).map(([t, at, b]) => { const out = bytes(t); for (const i of at) if (out.length) out[i % out.length] = b; return out }),
)

const at = '2026-10-01T10:00:00.000Z'
const validBackup = serializeBackup(createBackup({
  bookmarks: [{ projectId: 'quarry', createdAt: at, lists: ['l1'] }], lists: [{ id: 'l1', name: 'To try', createdAt: at }],
  notes: [{ projectId: 'quarry', markdown: '# Pit\n**deep**', createdAt: at, updatedAt: at }], userTags: [{ projectId: 'quarry', tag: 'ops', createdAt: at }],
  comparisons: [{ id: 'c1', name: 'Pits', projectIds: ['quarry'], createdAt: at, updatedAt: at }],
  savedViews: [{ id: 'v1', name: 'Pits', query: 'q=pit&sort=name', columns: ['name'], isDefault: false, createdAt: at, updatedAt: at }],
  ...EMPTY_EVALUATION_DATA,
}, { theme: 'dark', projectsTable: { lastViewQuery: 'q=pit&sort=name' } }, new Date(at)))

/** A valid backup with a few characters replaced, inserted or removed. */
const mutated = (seed: string) => fc.array(fc.tuple(fc.nat(seed.length), fc.nat(3), fc.string({ maxLength: 3 })), { minLength: 1, maxLength: 4 })
  .map((edits) => edits.reduce((text, [pos, del, ins]) => text.slice(0, pos % (text.length + 1)) + ins + text.slice((pos % (text.length + 1)) + del), seed))

const landscapeItem = fc.record({
  name: fc.oneof(fc.string({ maxLength: 20 }), fc.constant('Quarry')),
  project: fc.oneof(fc.constantFrom('sandbox', 'incubating', 'graduated', 'archived'), fc.jsonValue({ maxDepth: 1 })),
  homepage_url: fc.oneof(fc.webUrl(), fc.string({ maxLength: 20 }), fc.constant('javascript:alert(1)')),
  repo_url: fc.oneof(fc.webUrl(), fc.jsonValue({ maxDepth: 1 })),
  extra: fc.dictionary(fc.constantFrom('accepted', 'incubating', 'graduated', 'archived', 'audits', 'other_links', 'summary_tags'), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
}, { requiredKeys: [] })

export const parserTargets = [
  {
    name: 'backup',
    input: fc.oneof(fc.string({ maxLength: 200 }), fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify({ format: 'sandscape-backup', version: 1, exportedAt: at, data: v, settings: v })), mutated(validBackup), fc.constant(`\uFEFF${validBackup}`)),
    run: (text: string) => typedResult(parseBackup(text)),
    size: (text: string) => text.length,
  } satisfies ParserTarget<string>,
  {
    name: 'landscape YAML',
    input: bytesOf(fc.oneof(
      textOf(['landscape:', '\n', '  - ', 'name: ', 'subcategories:', 'items:', 'project: sandbox', '&a ', '*a', '[', '{', ': ', '"', "'", '!!binary ', '%YAML 1.2\n', '---\n', '? ']),
      fc.array(fc.record({ name: fc.string({ maxLength: 10 }), subcategories: fc.array(fc.record({ name: fc.string({ maxLength: 10 }), items: fc.array(landscapeItem, { maxLength: 3 }) }), { maxLength: 2 }) }), { maxLength: 2 }).map((landscape) => toYaml({ landscape })),
    )),
    run: (input: Uint8Array) => typedResult(parseLandscape({ format: 'yaml', url: 'https://mirror.example.net/landscape.yml', bytes: input, fetchedAt: at })),
    size: (input: Uint8Array) => input.length,
  } satisfies ParserTarget<Uint8Array>,
  {
    name: 'API JSON',
    input: bytesOf(fc.oneof(
      fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
      fc.array(fc.record({ name: fc.string({ maxLength: 10 }), maturity: fc.constantFrom('sandbox', 'graduated', 'x'), category: fc.string({ maxLength: 8 }), subcategory: fc.string({ maxLength: 8 }), homepage_url: fc.oneof(fc.webUrl(), fc.string({ maxLength: 10 })), logo_url: fc.string({ maxLength: 10 }), extra: fc.jsonValue({ maxDepth: 2 }) }, { requiredKeys: [] }), { maxLength: 4 }).map((v) => JSON.stringify(v)),
    )),
    run: (input: Uint8Array) => typedResult(parseLandscape({ format: 'api', url: 'https://mirror.example.net/api/projects/all.json', bytes: input, fetchedAt: at })),
    size: (input: Uint8Array) => input.length,
  } satisfies ParserTarget<Uint8Array>,
  {
    name: 'SVG',
    input: bytesOf(fc.oneof(
      textOf(['<svg>', '<svg xmlns="http://www.w3.org/2000/svg">', '</svg>', '<rect/>', '<script>', '<a href="', 'javascript:', '&#106;', 'url(', ')', '<style>', '</style>', '\\6a ', '<!DOCTYPE svg [', '<!ENTITY a "b">', ']>', '&a;', ' onload="', '"', '<x:script xmlns:x="http://www.w3.org/2000/svg">', '<![CDATA[', ']]>', '<?xml-stylesheet href="a.css"?>', '<foreignObject>', 'xlink:href="', '<use ', '/>', '>', '<']),
      fc.array(fc.tuple(fc.constantFrom('g', 'path', 'rect', 'use', 'image', 'style', 'a', 'animate', 'set', 'script', 'text', 'feImage'), fc.dictionary(fc.constantFrom('d', 'fill', 'href', 'xlink:href', 'style', 'onclick', 'attributeName', 'values', 'id', 'class'), fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('#a', 'url(#a)', 'url(https://x.example/a)', 'javascript:alert(1)', 'java&#x09;script:x', 'href')), { maxKeys: 3 })), { maxLength: 6 })
        .map((elements) => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">${elements.map(([name, attrs]) => `<${name}${Object.entries(attrs).map(([k, v]) => ` ${k}="${v.replace(/[<&"]/g, '')}"`).join('')}/>`).join('')}</svg>`),
    )),
    run: (input: Uint8Array) => typedResult(checkLogo(input)),
    size: (input: Uint8Array) => input.length,
  } satisfies ParserTarget<Uint8Array>,
  {
    // What the health sources answer (CLOMonitor's search pages and repositories.csv, badge pages, LFX insights).
    name: 'health answers',
    input: fc.tuple(
      fc.constantFrom<HealthAnswerKind>('clomonitorSearch', 'clomonitorChecks', 'bestPractices', 'lfx'),
      bytesOf(fc.oneof(
        fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
        fc.array(fc.record({ name: fc.string({ maxLength: 10 }), foundation: fc.constantFrom('cncf', 'x'), rating: fc.string({ maxLength: 2 }), score: fc.jsonValue({ maxDepth: 2 }), id: fc.integer(), tiered_percentage: fc.integer(), badge_level: fc.string({ maxLength: 8 }), slug: fc.string({ maxLength: 8 }) }, { requiredKeys: [] }), { maxLength: 4 }).map((v) => JSON.stringify(v)),
        textOf(['Foundation,Project,Repository URL,Check Sets,Security Policy\n', 'cncf,', 'quarry,', 'https://x.example/q,', 't', 'f', ',', '\n', '"', '""', '\r\n']),
      )),
    ),
    run: ([kind, input]: [HealthAnswerKind, Uint8Array]) => typedResult(readHealthAnswer({ kind, url: 'https://mirror.example.net/health', bytes: input, slug: 'quarry' })),
    size: ([, input]: [HealthAnswerKind, Uint8Array]) => input.length,
  } satisfies ParserTarget<[HealthAnswerKind, Uint8Array]>,
  {
    name: 'Markdown',
    input: fc.oneof(fc.string({ maxLength: 200, unit: 'grapheme' }), textOf(['>', '> ', '- ', '* ', '1. ', '  ', '\t', '\n', '*', '_', '**', '~~', '[', ']', '](', '(', ')', '![', '"', '`', '```', '|', '-|-', '#', '<', '&amp;', '\\', '[^a]', 'http://', 'www.'], 120)),
    run: (text: string) => {
      const tree = renderMarkdown(text)
      return tree && typeof tree === 'object' ? undefined : 'no tree'
    },
    size: (text: string) => text.length,
  } satisfies ParserTarget<string>,
  {
    name: 'URL hash',
    input: fc.oneof(fc.string({ maxLength: 100 }), textOf(['#', '/', 'projects', 'compare', '?ids=', ',', '%', '%E0%A4%A', '%00', '..', 'settings', '?', '&', '=', 'notes'])),
    run: (hash: string) => {
      const route = parseUrlHash(hash)
      return route && VIEWS.includes(route.view) ? undefined : `no view for ${JSON.stringify(hash).slice(0, 60)}`
    },
    size: (hash: string) => hash.length,
  } satisfies ParserTarget<string>,
] as const

const markdownPipeline = unified().use(remarkParse).use(remarkGfm).use(remarkRehype)

/** What MarkdownView renders, minus React: the bounded text through react-markdown's own pipeline. */
export function renderMarkdown(markdown: string): unknown {
  const { markdown: bounded } = boundMarkdown(markdown)
  return markdownPipeline.runSync(markdownPipeline.parse(bounded))
}

/** CPU time of this process in ms (not wall time: other programs on the machine do not count). */
export function cpuMs(): number {
  const used = process.cpuUsage()
  return (used.user + used.system) / 1000
}

export interface CaseOutcome { failure?: string; ms: number }

/** One case: the parser's verdict, a throw, or a blown budget, all become a failure message. */
export function runCase<I>(target: ParserTarget<I>, input: I): CaseOutcome {
  const start = cpuMs()
  let failure: string | undefined
  try {
    failure = target.run(input)
  } catch (error) {
    failure = `threw ${(error as Error)?.name}: ${(error as Error)?.message}`
  }
  const ms = cpuMs() - start
  if (!failure && ms > CASE_BUDGET_MS) failure = `took ${ms.toFixed(0)} ms (budget ${CASE_BUDGET_MS} ms)`
  return { failure, ms }
}
