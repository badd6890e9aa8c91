import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import packageJson from './package.json' with { type: 'json' }

export default defineConfig({
  plugins: [react()],
  // The app's version, which exports state (src/renderer/build-constants.d.ts).
  define: { __APP_VERSION__: JSON.stringify(packageJson.version) },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/test-setup.ts'],
    // A guard against hangs, not a speed check: property suites and the dataset rebuild take
    // seconds, and several times that on a busy 2-core machine.
    testTimeout: 60_000,
  },
})
