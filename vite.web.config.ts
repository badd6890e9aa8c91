// The same renderer as a static web app (like Headlamp in-cluster): relative paths, the bundled
// dataset copied beside index.html, and the web bridge instead of Electron's preload.
import { copyFileSync, mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import packageJson from './package.json' with { type: 'json' }
import { rendererChunks } from './renderer-chunks.config.ts'
import { earlyStart, earlyStartInput } from './early-start.config.ts'

const outDir = resolve('dist-web')

function copyDataset(): Plugin {
  return {
    name: 'sandscape-copy-dataset',
    apply: 'build',
    closeBundle() {
      mkdirSync(outDir, { recursive: true })
      copyFileSync(resolve('resources/dataset.json'), resolve(outDir, 'dataset.json'))
    },
  }
}

export default defineConfig({
  root: 'src/renderer',
  base: './',
  // A first launch starts the dataset's download before the app's code has loaded (early-start.config.ts).
  plugins: [react(), copyDataset(), earlyStart()],
  // The app's version, which exports state (src/renderer/build-constants.d.ts).
  define: { __APP_VERSION__: JSON.stringify(packageJson.version) },
  publicDir: false,
  server: {
    // `vite --config vite.web.config.ts` serves the dataset straight from resources/.
    fs: { allow: [resolve('.')] },
  },
  build: { outDir, emptyOutDir: true, ...rendererChunks({ index: resolve('src/renderer/index.html'), ...earlyStartInput(resolve('src/renderer/early-start.ts')) }) },
})
