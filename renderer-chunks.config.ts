// How both renderer builds (desktop and web) split their code, shared by electron.vite.config.ts
// and vite.web.config.ts.
//
// Left to itself the bundler cut what the first view needs into some 60 files of a few hundred
// bytes to 30 KB (every module shared with a later view became its own file). A first launch then
// waited ~330 ms on the requests alone, with the main thread idle (traced at 255 projects), and
// each file was compressed on its own. The entry and the default view (the Projects table) with
// everything they import now make one file; later views still load on demand and take what they
// share with it from there. The Russian strings (shared and the features') make one file of their own.
import type { BuildEnvironmentOptions } from 'vite'

/** The modules whose static imports, recursively, the first paint needs. */
const FIRST_VIEW = /src[\\/]renderer[\\/](main\.tsx|features[\\/]projects[\\/]ProjectsView\.tsx)$/
/** The Russian strings, shared and the features' own: loaded together when Russian is the language. */
const RUSSIAN = /src[\\/]renderer[\\/](i18n[\\/]ru|features[\\/][^\\/]+[\\/]messages\.ru)\.ts$/

/** The renderer's build options for this splitting; `input` for a build that names its entry. */
export function rendererChunks(input?: Record<string, string>): Pick<BuildEnvironmentOptions, 'rolldownOptions' | 'chunkSizeWarningLimit'> {
  return {
    rolldownOptions: {
      ...(input ? { input } : {}),
      output: { codeSplitting: { groups: [{ name: 'start', test: FIRST_VIEW }, { name: 'strings-ru', test: RUSSIAN }] } },
    },
    // The first view's file is ~850 KB minified (~265 KB gzip) by design; much larger means a leak into it.
    chunkSizeWarningLimit: 1100,
  }
}
