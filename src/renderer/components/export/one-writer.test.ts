import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const SRC = path.resolve(__dirname, '../../..')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : []
  })
}

const files = sourceFiles(SRC).map((file) => ({ file: path.relative(SRC, file).split(path.sep).join('/'), text: readFileSync(file, 'utf8') }))
const using = (pattern: RegExp) => files.filter(({ text }) => pattern.test(text)).map(({ file }) => file).sort()

// Landscape data leaves the app only inside the export envelope. The backup and the notes export
// are the user's own data, written by their own modules (settings/useBackup.ts): no footer there.
describe('the export envelope is the only way an export is written', () => {
  it('saves and copies exports only through useExport (and the backup, which is user data)', () => {
    expect(using(/\.saveTextFiles?\(/)).toEqual(['renderer/components/export/useExport.ts', 'renderer/features/settings/useBackup.ts'])
    // Main's context menu copies a link or a selection the user pointed at: not an export.
    // "Copy link" and "Copy details" copy an address or a crash report, not data (components/clipboard.ts).
    expect(using(/clipboard\.writeText/).filter((file) => file.startsWith('renderer/'))).toEqual(['renderer/components/clipboard.ts', 'renderer/components/export/useExport.ts'])
  })

  it('quotes CSV in one place, where the formula guard is', () => {
    // Replacing a quote by a doubled one is how CSV escapes it: only csvField does. (A CSS
    // `content: '""'` is not a replacement and does not count.)
    expect(using(/,\s*'""'\)/)).toEqual(['shared/export/csv.ts'])
  })
})
