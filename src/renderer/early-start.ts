// The page's first script, a few hundred bytes before the app's own (built as an entry of its own
// by early-start.config.ts, which also writes into its tag the files that read and store the
// dataset). On a first launch of the web build (no database yet) it starts the dataset's download
// and fetches those files while the app's code still downloads and runs: asked for by the app,
// they arrived ~190 ms after the page started (traced at 255 projects). It imports nothing, so it
// never waits for the app's first file; the download reaches the web bridge through `window`.

/** The name of the app's IndexedDB database (db/database.ts; a test keeps them equal). */
export const DATABASE_NAME = 'sandscape'

type EarlyWindow = Pick<Window, 'sandscape' | 'sandscapeEarlyDataset' | 'indexedDB' | 'fetch' | 'document'>

/**
 * Starts the download when this is a first launch of the web build: a desktop app reads its
 * dataset in main, and a database already there holds a copy (the app checks its version later).
 */
export async function startEarlyDownload(target: EarlyWindow): Promise<void> {
  if (target.sandscape !== undefined || typeof target.indexedDB?.databases !== 'function') return
  let known: IDBDatabaseInfo[]
  try {
    known = await target.indexedDB.databases()
  } catch {
    return
  }
  if (known.some((database) => database.name === DATABASE_NAME)) return
  const { document } = target
  const download = target.fetch(new URL('dataset.json', document.baseURI).href, { cache: 'no-cache' })
  // A failure is the bridge's to report, when it takes the download.
  download.catch(() => undefined)
  target.sandscapeEarlyDataset = download
  const files = document.querySelector('script[data-first-launch]')?.getAttribute('data-first-launch')?.split(' ') ?? []
  for (const href of files.filter(Boolean)) {
    const link = document.createElement('link')
    link.rel = 'modulepreload'
    link.href = href
    document.head.append(link)
  }
}

if (typeof window !== 'undefined') void startEarlyDownload(window)
