// The web build's early start (src/renderer/early-start.ts): built as an entry of its own that
// imports nothing, put in the page before the app's code, and told which files read and store the
// dataset, to fetch them on a first launch while the app's code still loads.
import type { Plugin } from 'vite'

const EARLY_ENTRY = 'early-start'
/** The modules a first launch loads on demand to read and store the dataset. */
const FIRST_LAUNCH_MODULES = [/src[\\/]shared[\\/]dataset[\\/]load\.ts$/, /src[\\/]renderer[\\/]db[\\/]dataset-cache\.ts$/]

interface ChunkLike { type: 'chunk'; name: string; fileName: string; facadeModuleId: string | null; imports: string[] }

/** The input that names the early start's entry, for the build's `input`. */
export const earlyStartInput = (entry: string): Record<string, string> => ({ [EARLY_ENTRY]: entry })

export function earlyStart(): Plugin {
  return {
    name: 'sandscape-early-start',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const chunks = Object.values(context.bundle ?? {}).filter((c): c is ChunkLike & typeof c => c.type === 'chunk') as unknown as ChunkLike[]
        const early = chunks.find((c) => c.name === EARLY_ENTRY)
        if (!early) throw new Error('the early start entry is missing from the build')
        if (early.imports.length > 0) throw new Error(`the early start must import nothing (it would wait for ${early.imports.join(', ')})`)
        const byFile = new Map(chunks.map((c) => [c.fileName, c]))
        const files = new Set<string>()
        const add = (chunk: ChunkLike) => {
          if (files.has(chunk.fileName)) return
          files.add(chunk.fileName)
          for (const imported of chunk.imports) { const next = byFile.get(imported); if (next) add(next) }
        }
        for (const test of FIRST_LAUNCH_MODULES) {
          const chunk = chunks.find((c) => c.facadeModuleId !== null && test.test(c.facadeModuleId))
          if (!chunk) throw new Error(`no file of its own for ${test}: the early start would fetch nothing`)
          add(chunk)
        }
        const tag = `<script type="module" crossorigin src="./${early.fileName}" data-first-launch="${[...files].map((f) => `./${f}`).join(' ')}"></script>`
        // Before the app's own script, so it runs first (module scripts run in order).
        const at = html.indexOf('<script type="module"')
        if (at < 0) throw new Error('no module script in index.html')
        return html.slice(0, at) + tag + '\n    ' + html.slice(at)
      },
    },
  }
}
