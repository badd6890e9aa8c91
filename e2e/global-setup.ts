import { existsSync } from 'node:fs'
import { e2eTarget } from './target'

export default function globalSetup(): void {
  const target = e2eTarget()
  const build = target === 'electron' ? 'out/main/index.js' : 'dist-web/index.html'
  if (!existsSync(build)) throw new Error(`e2e target "${target}" needs ${build}: run \`npm run ${target === 'electron' ? 'build' : 'build:web'}\` first`)
  console.log(`e2e target: ${target === 'electron' ? 'the Electron app (Playwright _electron)' : 'the web build in Chromium'}`)
}
