/** The app's version from package.json, written in at build time (`define` in the Vite and Vitest configs). */
declare const __APP_VERSION__: string
