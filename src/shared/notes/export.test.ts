import { describe, expect, it } from 'vitest'
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
