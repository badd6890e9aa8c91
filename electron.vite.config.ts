import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import packageJson from './package.json' with { type: 'json' }
import { withDesktopCsp } from './src/main/content-security-policy'
import { rendererChunks } from './renderer-chunks.config.ts'

/** The packaged renderer gets the strict desktop CSP; the dev server keeps the web one (HMR). */
function desktopCsp(): Plugin {
  return { name: 'sandscape-desktop-csp', apply: 'build', transformIndexHtml: (html) => withDesktopCsp(html) }
}

export default defineConfig({
  main: {
    build: {
      // parse-worker runs in a utility process (src/main/parse-process.ts), built beside index.js.
      rollupOptions: { input: { index: resolve('src/main/index.ts'), 'parse-worker': resolve('src/main/parse-worker.ts') } },
    },
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        // Sandboxed preloads cannot load ES modules: one CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    plugins: [react(), desktopCsp()],
    // The app's version, which exports state (src/renderer/build-constants.d.ts).
    define: { __APP_VERSION__: JSON.stringify(packageJson.version) },
    build: {
      // Minified like the web build: the window parses less before its first paint.
      minify: true,
      ...rendererChunks({ index: resolve('src/renderer/index.html') }),
    },
  },
})
