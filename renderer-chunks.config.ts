// How both renderer builds (desktop and web) split their code, shared by electron.vite.config.ts
// and vite.web.config.ts.
//
// Left to itself the bundler cut what the first view needs into some 60 files of a few hundred
// bytes to 30 KB (every module shared with a later view became its own file). A first launch then
// waited ~330 ms on the requests alone, with the main thread idle (traced at 255 projects), and
// each file was compressed on its own. The entry and the default view (the Projects table) with
// everything they import now make one file; later views still load on demand and take what they
// share with it from there. The Russian strings (shared and the features') make one file of their own.
//
// That first view's code is two files, not one: the libraries it needs and the rest. The browser
// compiles a script off the page's thread while it downloads, and the page waited on one file of
// 830 KB; two of ~400 KB are compiled as they arrive, and the first rows came ~15 ms sooner on a
// first launch, ~7 ms on a warm start (interleaved, `npm run bench:first-render`).
import type { BuildEnvironmentOptions } from 'vite'

/** The modules whose static imports, recursively, the first paint needs. */
const FIRST_VIEW = /src[\\/]renderer[\\/](main\.tsx|features[\\/]projects[\\/]ProjectsView\.tsx)$/
/**
 * The libraries the first view needs, all of them and only them: a module matched here loads
 * before the first paint even when no first-view code imports it.
 */
const FIRST_VIEW_LIBRARIES = /node_modules[\\/](react|react-dom|scheduler|dexie|dexie-react-hooks|@tanstack[\\/](react-table|table-core|react-virtual|virtual-core|store|react-store))[\\/]/
/** The Russian strings, shared and the features' own: loaded together when Russian is the language. */
const RUSSIAN = /src[\\/]renderer[\\/](i18n[\\/]ru|features[\\/][^\\/]+[\\/]messages\.ru)\.ts$/

/** The renderer's build options for this splitting; `input` for a build that names its entry. */
export function rendererChunks(input?: Record<string, string>): Pick<BuildEnvironmentOptions, 'rolldownOptions' | 'chunkSizeWarningLimit'> {
  return {
    rolldownOptions: {
      ...(input ? { input } : {}),
      output: {
        codeSplitting: {
          groups: [
            { name: 'start-libraries', test: FIRST_VIEW_LIBRARIES, priority: 1 },
            { name: 'start', test: FIRST_VIEW },
            { name: 'strings-ru', test: RUSSIAN },
          ],
        },
      },
    },
    // The first view's two files are ~400 and ~450 KB minified (~120 and ~150 KB gzip) by design;
    // much larger means a leak into them.
    chunkSizeWarningLimit: 520,
  }
}
