/**
 * A dossier: one Markdown file about one project, a list or the current filter, for a team's
 * wiki or repository. The renderer fills the model in the UI language; this module only writes
 * it, so the same words print (see the print view) and diff well in Git: one fact per line, no
 * tables that reflow when a value changes length, headings at fixed levels.
 */
export interface DossierProject {
  id: string
  name: string
  /** One line: the summary. */
  summary?: string
  facts: { label: string; value: string }[]
  figures: { label: string; value: string }[]
  status?: string
  /** Newest first. */
  history: { date: string; status: string; reason?: string }[]
  fields: { label: string; value: string }[]
  tags: string[]
  lists: string[]
  /** The user's note, Markdown. */
  note?: string
  links: { label: string; url: string }[]
}

export interface DossierLabels {
  facts: string
  figures: string
  status: string
  history: string
  noHistory: string
  fields: string
  tags: string
  lists: string
  note: string
  links: string
  contents: string
}

export interface Dossier {
  title: string
  /** Lines under the title: what it covers, when it was made. */
  intro: string[]
  labels: DossierLabels
  projects: DossierProject[]
  /** The data's attribution, as the last line. */
  attribution: string
}

/** Text placed in Markdown as text: characters that would start markup are escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/([\\`*_[\]<>#|~])/g, '\\$1').trim()
}

/** A GitHub-style heading anchor, for the table of contents. */
export function headingAnchor(text: string): string {
  return text.trim().toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').replace(/\s/g, '-')
}

/**
 * The note inside the dossier: its headings pushed below the dossier's own (a note's "# Verdict"
 * becomes "#### Verdict"), so the document's outline stays the dossier's. Code blocks are left alone.
 */
export function nestNote(markdown: string): string {
  let fenced = false
  return markdown.replace(/\r\n/g, '\n').split('\n').map((line) => {
    if (/^\s{0,3}(```|~~~)/.test(line)) fenced = !fenced
    if (fenced) return line
    const heading = /^(#{1,6})(\s)/.exec(line)
    return heading ? `${'#'.repeat(Math.min(6, heading[1].length + 3))}${line.slice(heading[1].length)}` : line
  }).join('\n').trim()
}

const bulletPairs = (pairs: { label: string; value: string }[]) => pairs.map(({ label, value }) => `- **${escapeMarkdown(label)}:** ${escapeMarkdown(value)}`)

function projectSection(project: DossierProject, labels: DossierLabels): string[] {
  const lines = [`## ${escapeMarkdown(project.name)}`, '']
  if (project.summary) lines.push(escapeMarkdown(project.summary), '')
  if (project.facts.length) lines.push(`### ${labels.facts}`, '', ...bulletPairs(project.facts), '')
  if (project.figures.length) lines.push(`### ${labels.figures}`, '', ...bulletPairs(project.figures), '')
  lines.push(`### ${labels.status}${project.status ? `: ${escapeMarkdown(project.status)}` : ''}`, '')
  if (project.history.length === 0) lines.push(labels.noHistory, '')
  else {
    // Reasons are the user's one-line Markdown: kept as written.
    lines.push(...project.history.map((h) => `- ${h.date} · **${escapeMarkdown(h.status)}**${h.reason ? ` — ${h.reason}` : ''}`), '')
  }
  if (project.fields.length) lines.push(`### ${labels.fields}`, '', ...bulletPairs(project.fields), '')
  if (project.tags.length) lines.push(`### ${labels.tags}`, '', project.tags.map(escapeMarkdown).join(', '), '')
  if (project.lists.length) lines.push(`### ${labels.lists}`, '', project.lists.map(escapeMarkdown).join(', '), '')
  if (project.note?.trim()) lines.push(`### ${labels.note}`, '', nestNote(project.note), '')
  if (project.links.length) lines.push(`### ${labels.links}`, '', ...project.links.map((l) => `- [${escapeMarkdown(l.label)}](<${l.url.replace(/[<>\s]/g, encodeURIComponent)}>)`), '')
  return lines
}

/** The dossier's text under its title: what it covers, its contents, a section per project. */
export function dossierBody(dossier: Dossier): string {
  const lines = dossier.intro.map(escapeMarkdown).flatMap((line) => [line, ''])
  if (dossier.projects.length > 1) {
    lines.push(`**${dossier.labels.contents}:**`, '', ...dossier.projects.map((p) => `- [${escapeMarkdown(p.name)}](#${headingAnchor(p.name)})`), '')
  }
  for (const project of dossier.projects) lines.push(...projectSection(project, dossier.labels))
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`
}

/**
 * The dossier as one Markdown document with its title and attribution, as printed. The saved file
 * is the body inside the export envelope instead (useExport), whose footer carries the attribution.
 */
export function dossierMarkdown(dossier: Dossier): string {
  return `# ${escapeMarkdown(dossier.title)}\n\n${dossierBody(dossier)}\n---\n\n${escapeMarkdown(dossier.attribution)}\n`
}

/** A file name for a dossier: letters, digits and dashes, never a path. */
export function dossierFileName(title: string, date: string): string {
  const base = title.normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'dossier'
  return `${base}-${date}.md`
}
