// Builds resources/dataset.json from a landscape.yml (file or URL) and our curation files.
// Usage: npm run dataset -- --landscape <path|URL> [--revision <commit>] [--date YYYY-MM-DD]
//                           [--curation resources/curation] [--out resources/dataset.json]
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { buildDataset, serializeDataset, DatasetBuildError } from '../src/shared/dataset/build'
import { mergeCuration, CurationError } from '../src/shared/dataset/curation'
import { normalizeLandscapeYaml, LandscapeFormatError } from '../src/shared/landscape/landscape-yml'

const UPSTREAM_REPO = 'https://github.com/cncf/landscape'

async function readLandscape(location: string): Promise<{ text: string; isUrl: boolean }> {
  if (/^https?:\/\//.test(location)) {
    const response = await fetch(location, { signal: AbortSignal.timeout(60_000) })
    if (!response.ok) throw new Error(`GET ${location} answered ${response.status} ${response.statusText}`)
    return { text: await response.text(), isUrl: true }
  }
  return { text: readFileSync(location, 'utf8'), isUrl: false }
}

function readCuration(dir: string) {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const name = path.join(dir, file)
      try {
        return { name, content: JSON.parse(readFileSync(name, 'utf8')) as unknown }
      } catch (error) {
        throw new CurationError(`${name} is not valid JSON: ${(error as Error).message}`)
      }
    })
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      landscape: { type: 'string' },
      revision: { type: 'string' },
      date: { type: 'string' },
      curation: { type: 'string', default: 'resources/curation' },
      out: { type: 'string', default: 'resources/dataset.json' },
    },
  })
  if (!values.landscape) throw new Error('missing --landscape <path to landscape.yml or its URL>')
  const { text, isUrl } = await readLandscape(values.landscape)
  const { projects: facts, warnings } = normalizeLandscapeYaml(text)
  const curation = mergeCuration(readCuration(values.curation))
  const fileDate = isUrl ? new Date() : statSync(values.landscape).mtime
  const dataset = buildDataset({
    facts,
    curation,
    source: {
      name: 'CNCF Landscape',
      url: UPSTREAM_REPO,
      revision: values.revision ?? (isUrl ? 'master' : `sha256:${createHash('sha256').update(text).digest('hex').slice(0, 16)}`),
      date: values.date ?? fileDate.toISOString().slice(0, 10),
    },
  })
  writeFileSync(values.out, serializeDataset(dataset))
  const counts = new Map<string, number>()
  for (const p of dataset.projects) counts.set(p.maturity, (counts.get(p.maturity) ?? 0) + 1)
  const byMaturity = [...counts].map(([maturity, n]) => `${maturity} ${n}`).join(', ')
  console.log(`wrote ${values.out}: ${dataset.projects.length} projects (${byMaturity}), version ${dataset.version}`)
  for (const warning of warnings) console.warn(`warning: ${warning}`)
}

main().catch((error: unknown) => {
  const known = error instanceof DatasetBuildError || error instanceof CurationError || error instanceof LandscapeFormatError
  console.error(`dataset: ${known ? (error as Error).message : String((error as Error)?.stack ?? error)}`)
  process.exit(1)
})
