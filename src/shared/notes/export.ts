interface NoteLike { projectId: string; markdown: string; createdAt: string; updatedAt: string }

/**
 * One Markdown file per note: a heading with the project's name, its dates, then the note.
 * File names come from the project id (already kebab-case), so they are safe and unique.
 */
export function notesAsFiles(notes: readonly NoteLike[], nameOf: (projectId: string) => string | undefined): { name: string; content: string }[] {
  return [...notes]
    .sort((a, b) => a.projectId.localeCompare(b.projectId))
    .map((note) => {
      const title = nameOf(note.projectId) ?? note.projectId
      const safeId = note.projectId.replace(/[^a-z0-9-]+/gi, '-').replace(/^-+|-+$/g, '') || 'note'
      return {
        name: `${safeId}.md`,
        content: `# ${title}\n\n_Created ${note.createdAt} · updated ${note.updatedAt}_\n\n${note.markdown.trimEnd()}\n`,
      }
    })
}
