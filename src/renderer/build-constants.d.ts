/** The app's version from package.json, written in at build time (`define` in the Vite and Vitest configs). */
declare const __APP_VERSION__: string

interface Window {
  /** The dataset's download started by early-start.ts on a first launch of the web build; the web bridge takes it. */
  sandscapeEarlyDataset?: Promise<Response>
}
