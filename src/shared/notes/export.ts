interface NoteLike { projectId: string; markdown: string; createdAt: string; updatedAt: string }

/**
 * One Markdown file per note: a heading with the project's name, its dates, then the note.
 * File names come from the project id, made safe; ids that clash once made safe or compared
 * without case (Windows and macOS file systems) get -2, -3… so every note has its own file.
 */
export function notesAsFiles(notes: readonly NoteLike[], nameOf: (projectId: string) => string | undefined): { name: string; content: string }[] {
  const taken = new Set<string>()
  return [...notes]
    .sort((a, b) => a.projectId.localeCompare(b.projectId))
    .map((note) => {
      const title = nameOf(note.projectId) ?? note.projectId
      const safeId = note.projectId.replace(/[^a-z0-9-]+/gi, '-').replace(/^-+|-+$/g, '').slice(0, 120) || 'note'
      let name = `${safeId}.md`
      for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${safeId}-${n}.md`
      taken.add(name.toLowerCase())
      return {
        name,
        content: `# ${title}\n\n_Created ${note.createdAt} · updated ${note.updatedAt}_\n\n${note.markdown.trimEnd()}\n`,
      }
    })
}
