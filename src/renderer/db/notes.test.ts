import { beforeEach, describe, expect, it } from 'vitest'
import { createBackup, parseBackup, serializeBackup, USER_DATA_LIMITS } from '../../shared/backup/format'
import { readUserData } from './backup'
import { appDb } from './database'
import { UserDataLimitError } from './limits'
import { saveNote } from './notes'

beforeEach(async () => { await appDb().notes.clear() })

describe('saveNote', () => {
  it('keeps the creation time and deletes an emptied note', async () => {
    const first = await saveNote('envoy', 'Edge proxy.', new Date('2026-10-01T10:00:00Z'))
    const second = await saveNote('envoy', 'Edge proxy, and xDS.', new Date('2026-10-02T10:00:00Z'))
    expect(second).toMatchObject({ createdAt: first!.createdAt, updatedAt: '2026-10-02T10:00:00.000Z' })
    expect(await saveNote('envoy', '  \n')).toBeUndefined()
    expect(await appDb().notes.count()).toBe(0)
  })

  // Issue 8: a note over the format's size limit was stored, and every backup was then refused.
  it('refuses a note over the backup format\'s size limit, keeping the stored one', async () => {
    await saveNote('envoy', 'Edge proxy.')
    await expect(saveNote('envoy', 'x'.repeat(USER_DATA_LIMITS.noteLength + 1))).rejects.toBeInstanceOf(UserDataLimitError)
    expect((await appDb().notes.get('envoy'))?.markdown).toBe('Edge proxy.')
    expect(parseBackup(serializeBackup(createBackup(await readUserData(), {})))).toMatchObject({ ok: true })
  })
})
