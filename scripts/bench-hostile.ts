// `npm run bench:hostile`: how long the checks of untrusted text take at their worst sizes, in
// CPU time on this machine (median of 5 runs). Figures for people; no test asserts them.
import { EMPTY_EVALUATION_DATA } from '../src/shared/evaluation/backup-merge'
import { checkLogo } from '../src/shared/refresh/logo'
import { plainText, searchNotes } from '../src/shared/notes/search'
import { noteExcerpt } from '../src/shared/compare/compare'
import { boundMarkdown } from '../src/shared/notes/markdown-bounds'
import { parseBackup, createBackup, serializeBackup, type BackupData } from '../src/shared/backup/format'
import { planImport } from '../src/shared/backup/plan'
import { renderMarkdown } from '../test/fuzz/targets'
import { hostileShapes } from '../test/hostile/shapes'

const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000 }
function measure(name: string, work: () => unknown): void {
  const times: number[] = []
  let outcome = ''
  for (let i = 0; i < 5; i++) {
    const start = cpu()
    const value = work()
    times.push(cpu() - start)
    outcome = typeof value === 'object' && value && 'ok' in value ? (value.ok ? 'accepted' : 'refused') : ''
  }
  times.sort((a, b) => a - b)
  console.log(`${name.padEnd(58)} ${times[2].toFixed(1).padStart(8)} ms ${outcome}`)
}

console.log('What                                                       median CPU')
for (const [name, make] of Object.entries(hostileShapes.SVG)) {
  const bytes = make() as Uint8Array
  measure(`SVG logo check: ${name}`, () => checkLogo(bytes))
}
const bracketNote = '['.repeat(1024 * 1024)
const note = { projectId: 'x', markdown: bracketNote, updatedAt: '2026-10-01T10:00:00Z' }
measure('1 MB bracket-filled note: plain text', () => plainText(bracketNote))
measure('1 MB bracket-filled note: Notes search with snippet', () => searchNotes([note], 'a'))
measure('1 MB bracket-filled note: Compare excerpt', () => noteExcerpt(bracketNote))
measure('1 MB bracket-filled note: preview (bounded, first 20,000 chars)', () => renderMarkdown(bracketNote))
measure('1 MB bracket-filled note: bounding all of it (Show all)', () => boundMarkdown(bracketNote, { showAll: true }))
for (const [name, make] of Object.entries(hostileShapes.Markdown)) {
  const text = make() as string
  measure(`Markdown preview: ${name}`, () => renderMarkdown(text))
}
const at = '2026-10-01T10:00:00.000Z'
const big = (prefix: string): BackupData => ({
  bookmarks: Array.from({ length: 100_000 }, (_, i) => ({ projectId: `${prefix}${i}`, createdAt: at, lists: ['l'] })),
  lists: [], notes: [], userTags: [], comparisons: [], savedViews: [], ...EMPTY_EVALUATION_DATA,
})
const [mine, theirs] = [big('a'), big('b')]
measure('Backup merge plan: 100,000 + 100,000 bookmarks', () => planImport(mine, theirs, 'merge'))
const file = serializeBackup(createBackup(theirs, {}))
measure(`Backup parse: ${(file.length / 1e6).toFixed(1)} MB, 100,000 bookmarks`, () => parseBackup(file))
