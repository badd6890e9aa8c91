import fc from 'fast-check'
import { beforeEach, describe, expect, it } from 'vitest'
import { createBackup, parseBackup, serializeBackup, USER_DATA_LIMITS } from '../../shared/backup/format'
import { planImport } from '../../shared/backup/plan'
import { envNumber } from '../../shared/testing/budget'
import { deleteAllUserData, readUserData, replaceUserData } from './backup'
import { saveComparison, deleteComparison } from './compare'
import { UserDataLimitError } from './limits'
import { saveNote } from './notes'
import { changeProjectLists, createList, deleteList, renameList, setProjectUserTags, toggleStar } from './user-data'
import { appDb } from './database'

const projects = ['alpha', 'beta', 'gamma', 'delta']
const name = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('   ', '\t', 'To try', 'to TRY', 'x'.repeat(300)))
const text = fc.oneof(fc.string({ maxLength: 40, unit: 'grapheme' }), fc.constantFrom('', '  \n', '# Verdict\n\n**Try**', '\u0000\u2028"\\', 'x'.repeat(USER_DATA_LIMITS.noteLength + 1)))

/** Every kind of change a person can make to their data through the app's write paths. */
const action = fc.oneof(
  fc.record({ kind: fc.constant('star' as const), project: fc.constantFrom(...projects) }),
  fc.record({ kind: fc.constant('createList' as const), name }),
  fc.record({ kind: fc.constant('renameList' as const), pick: fc.nat(), name }),
  fc.record({ kind: fc.constant('deleteList' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('lists' as const), project: fc.constantFrom(...projects), add: fc.array(fc.nat(), { maxLength: 3 }), remove: fc.array(fc.nat(), { maxLength: 2 }), extra: fc.nat(USER_DATA_LIMITS.listsPerBookmark + 2) }),
  fc.record({ kind: fc.constant('tags' as const), project: fc.constantFrom(...projects), tags: fc.array(name, { maxLength: 3 }) }),
  fc.record({ kind: fc.constant('note' as const), project: fc.constantFrom(...projects), text }),
  fc.record({ kind: fc.constant('compare' as const), name, ids: fc.array(fc.constantFrom(...projects, 'gone'), { maxLength: 8 }) }),
  fc.record({ kind: fc.constant('deleteComparison' as const), pick: fc.nat() }),
)
type Action = typeof action extends fc.Arbitrary<infer A> ? A : never

async function perform(step: Action): Promise<void> {
  const lists = await appDb().lists.toArray()
  const list = (pick: number) => lists[pick % Math.max(1, lists.length)]?.id ?? `missing-${pick}`
  switch (step.kind) {
    case 'star': await toggleStar(step.project); break
    case 'createList': await createList(step.name); break
    case 'renameList': if (lists.length) await renameList(list(step.pick), step.name); break
    case 'deleteList': if (lists.length) await deleteList(list(step.pick)); break
    case 'lists': await changeProjectLists(step.project, [...step.add.map(list), ...Array.from({ length: step.extra > USER_DATA_LIMITS.listsPerBookmark ? step.extra : 0 }, (_, i) => `bulk-${i}`)], step.remove.map(list)); break
    case 'tags': await setProjectUserTags(step.project, step.tags); break
    case 'note': await saveNote(step.project, step.text); break
    case 'compare': if (step.name.trim()) await saveComparison(step.name.slice(0, 120), [...new Set(step.ids)].slice(0, 6)); break
    case 'deleteComparison': { const all = await appDb().comparisons.toArray(); if (all.length) await deleteComparison(all[step.pick % all.length].id); break }
  }
}

beforeEach(async () => { await deleteAllUserData() })

describe('export → wipe → import (issue 8)', () => {
  it('gives back identical data for any sequence of user actions', async () => {
    await fc.assert(fc.asyncProperty(fc.array(action, { maxLength: 12 }), async (steps) => {
      await deleteAllUserData()
      for (const step of steps) {
        // A write the format could not carry is refused, and refused writes change nothing.
        await perform(step).catch((error) => { if (!(error instanceof UserDataLimitError)) throw error })
      }
      const before = await readUserData()
      const file = serializeBackup(createBackup(before, {}))
      await deleteAllUserData()
      const parsed = parseBackup(file)
      expect(parsed.ok, parsed.ok ? '' : `${parsed.message} ${parsed.detail}`).toBe(true)
      if (!parsed.ok) return
      await replaceUserData(planImport(await readUserData(), parsed.backup.data, 'replace').result)
      expect(await readUserData()).toEqual(before)
    }), { numRuns: envNumber('SANDSCAPE_FUZZ_ROUND_TRIPS', 60) })
  }, 120_000)
})
