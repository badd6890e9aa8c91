// Prints how long the evaluation features take on a large synthetic catalogue: the index the
// table and Board read, filtering with status and field filters, the radar's blips and layout,
// the Backstage export and reading it back.
// Usage: npm run bench:evaluation [-- --projects 10000 --runs 20]
import { parseArgs } from 'node:util'
import { performance } from 'node:perf_hooks'
import { parseBackstageRadar, planBackstageImport } from '../src/shared/evaluation/backstage-import'
import type { FieldDefinition, FieldValueRecord } from '../src/shared/evaluation/fields'
import { evaluationIndex } from '../src/shared/evaluation/filter'
import type { StatusChange } from '../src/shared/evaluation/history'
import { DEFAULT_RADAR, radarBlips } from '../src/shared/evaluation/radar'
import { toBackstageRadar } from '../src/shared/evaluation/radar-export'
import { jsonDocument } from '../src/shared/export/json'
import { makeEnvelope } from '../src/shared/testing/export'
import { layoutBlips } from '../src/shared/evaluation/radar-layout'
import { DEFAULT_STATUS_IDS } from '../src/shared/evaluation/status'
import { EMPTY_FILTERS, EMPTY_USER_DATA, facetOptions, filterContext, filterProjects } from '../src/shared/projects/filter'
import { syntheticProjects } from './synthetic-projects'

const { values } = parseArgs({ options: { projects: { type: 'string', default: '10000' }, runs: { type: 'string', default: '20' } } })
const count = Number(values.projects)
const runs = Number(values.runs)

function time(label: string, fn: () => unknown): void {
  fn()
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    fn()
    samples.push(performance.now() - start)
  }
  samples.sort((a, b) => a - b)
  console.log(`${label.padEnd(52)} median ${samples[Math.floor(samples.length / 2)].toFixed(2).padStart(8)} ms   p95 ${samples[Math.floor(samples.length * 0.95)].toFixed(2).padStart(8)} ms`)
}

// A third of the projects evaluated, each with one to four status changes; two fields on half of those.
const projects = syntheticProjects(count)
const now = Date.parse('2026-11-20T12:00:00.000Z')
const changes: StatusChange[] = []
const values_: FieldValueRecord[] = []
const fields: FieldDefinition[] = [
  { id: 'crit', name: 'Criticality', type: 'choice', choices: ['low', 'medium', 'high'], order: 0, createdAt: '2026-01-01' },
  { id: 'review', name: 'Review by', type: 'date', order: 1, createdAt: '2026-01-01' },
]
projects.forEach((project, i) => {
  if (i % 3 !== 0) return
  for (let k = 0; k <= i % 4; k++) {
    changes.push({ id: `c${i}-${k}`, projectId: project.id, statusId: DEFAULT_STATUS_IDS[(i + k) % DEFAULT_STATUS_IDS.length], at: new Date(now - ((i % 400) + 10 * (4 - k)) * 86_400_000).toISOString(), reason: `Reason ${k} for ${project.name}` })
  }
  if (i % 2 === 0) {
    values_.push({ projectId: project.id, fieldId: 'crit', value: ['low', 'medium', 'high'][i % 3], updatedAt: '2026-10-01' })
    values_.push({ projectId: project.id, fieldId: 'review', value: `2027-0${1 + (i % 9)}-15`, updatedAt: '2026-10-01' })
  }
})
console.log(`node ${process.version}, ${count} synthetic projects, ${changes.length} status changes, ${values_.length} field values, ${runs} runs each`)

const index = evaluationIndex([], changes, fields, values_, now)
const user = filterContext({ user: { ...EMPTY_USER_DATA, evaluation: index } })
time('evaluationIndex (statuses, changes, values)', () => evaluationIndex([], changes, fields, values_, now))
time('filterProjects: status Assess/Trial', () => filterProjects(projects, { ...EMPTY_FILTERS, status: ['assess', 'trial'] }, user))
time('filterProjects: changed in 30 days + Criticality high', () => filterProjects(projects, { ...EMPTY_FILTERS, statusChangedDays: 30, fields: { crit: { kind: 'choices', values: ['high'] } } }, user))
time('facetOptions with the status facet', () => facetOptions(projects, EMPTY_FILTERS, user))
const blips = radarBlips(projects, changes, DEFAULT_RADAR, '2026-09-01')
console.log(`radar: ${blips.length} blips`)
time('radarBlips (moves since a day)', () => radarBlips(projects, changes, DEFAULT_RADAR, '2026-09-01'))
time('layoutBlips', () => layoutBlips(blips, 4))
const input = {
  title: 'bench', quadrants: DEFAULT_RADAR.quadrants.map((q) => ({ id: q.id, name: q.id })), rings: DEFAULT_RADAR.rings.map((id) => ({ id, name: id, color: '#000' })),
  projects, changes, config: DEFAULT_RADAR, language: 'en' as const, now: new Date(now),
}
const file = jsonDocument(toBackstageRadar(input), makeEnvelope())
console.log(`Backstage export: ${(file.length / 1024 / 1024).toFixed(2)} MB`)
time('toBackstageRadar + JSON', () => jsonDocument(toBackstageRadar(input), makeEnvelope()))
const parsed = parseBackstageRadar(file)
if (!parsed.ok) throw new Error(parsed.kind)
time('parseBackstageRadar', () => parseBackstageRadar(file))
const statuses = DEFAULT_STATUS_IDS.map((id) => ({ id, names: [id] }))
time('planBackstageImport (against its own history)', () => planBackstageImport(parsed.radar, projects, statuses, changes))
