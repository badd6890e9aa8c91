import { describe, expect, it } from 'vitest'
import { notesOverLimits, USER_DATA_LIMITS } from '../backup/format'
import { SaveTextFilesRequest } from '../ipc/contract'
import { notesAsFiles } from './export'

describe('notesAsFiles', () => {
  it('makes one titled Markdown file per note with a safe name', () => {
    const files = notesAsFiles([
      { projectId: 'sops', markdown: 'age keys\n\n', createdAt: 'c1', updatedAt: 'u1' },
      { projectId: 'headlamp', markdown: '# Verdict', createdAt: 'c2', updatedAt: 'u2' },
      { projectId: '../weird', markdown: 'x', createdAt: 'c3', updatedAt: 'u3' },
    ], (id) => ({ sops: 'SOPS', headlamp: 'Headlamp' })[id])
    expect(files.map((f) => f.name)).toEqual(['weird.md', 'headlamp.md', 'sops.md'])
    expect(files[2].content).toBe('# SOPS\n\n_Created c1 · updated u1_\n\nage keys\n')
    expect(files[0].content.startsWith('# ../weird')).toBe(true)
  })
})

describe('notesAsFiles within the save contract (issue 8)', () => {
  const note = (projectId: string) => ({ projectId, markdown: 'x', createdAt: 'c', updatedAt: 'u' })

  it('gives notes whose ids differ only in case names that differ regardless of case', () => {
    const files = notesAsFiles([note('Envoy'), note('envoy'), note('ENVOY'), note('envoy-2')], () => undefined)
    expect(new Set(files.map((f) => f.name.toLowerCase())).size).toBe(4)
    expect(SaveTextFilesRequest.safeParse({ title: 'Notes', files }).success).toBe(true)
  })

  it('fits the save contract with as many notes, as large, as the app lets anyone keep', () => {
    const { notes: count, notesTotalBytes } = USER_DATA_LIMITS
    const markdown = 'x'.repeat(Math.floor(notesTotalBytes / count) - 2)
    const notes = Array.from({ length: count }, (_, i) => ({ ...note(i % 2 ? `P${i >> 1}` : `p${i >> 1}`), markdown }))
    expect(notesOverLimits(notes)).toBeUndefined()
    const request = SaveTextFilesRequest.safeParse({ title: 'Notes', files: notesAsFiles(notes, () => undefined) })
    expect(request.success, request.error?.message).toBe(true)
  })
})
