import { describe, expect, it } from 'vitest'
import { dossierFileName, dossierMarkdown, escapeMarkdown, nestNote, type Dossier } from './dossier'

const labels = { facts: 'Facts', figures: 'Figures', status: 'Status', history: 'History', noHistory: 'No status yet.', fields: 'Your fields', tags: 'Tags', lists: 'Lists', note: 'Note', links: 'Links', contents: 'Contents' }
const dossier: Dossier = {
  title: 'Platform 2027',
  intro: ['2 projects, list Platform 2027', 'Made on 2026-11-20'],
  labels,
  projects: [
    {
      id: 'alpha', name: 'Alpha', summary: 'Provisions *things*.',
      facts: [{ label: 'Maturity', value: 'Sandbox' }, { label: 'Category', value: 'Provisioning › Automation' }],
      figures: [{ label: 'Stars', value: '1,200' }],
      status: 'Adopt',
      history: [{ date: '2026-11-01', status: 'Adopt', reason: 'Ran it **a month**' }, { date: '2026-09-01', status: 'Assess' }],
      fields: [{ label: 'Criticality', value: 'high' }],
      tags: ['iac'], lists: ['Platform 2027'],
      note: '# Verdict\n\nGood.\n\n```sh\n# not a heading\n```',
      links: [{ label: 'Homepage', url: 'https://alpha.example.org/(x)' }],
    },
    { id: 'beta', name: 'Beta | Two', facts: [], figures: [], history: [], fields: [], tags: [], lists: [], links: [] },
  ],
  attribution: 'Project data: CNCF Landscape, CC BY 4.0',
}

describe('dossier', () => {
  const text = dossierMarkdown(dossier)

  it('writes one section per project with facts, status history and reasons, fields, tags, lists and the note', () => {
    expect(text).toContain('# Platform 2027\n\n2 projects, list Platform 2027\n\nMade on 2026-11-20\n')
    expect(text).toContain('## Alpha\n\nProvisions \\*things\\*.\n')
    expect(text).toContain('- **Maturity:** Sandbox')
    expect(text).toContain('### Status: Adopt\n\n- 2026-11-01 · **Adopt** — Ran it **a month**\n- 2026-09-01 · **Assess**\n')
    expect(text).toContain('### Your fields\n\n- **Criticality:** high')
    expect(text).toContain('### Note\n\n#### Verdict\n\nGood.\n\n```sh\n# not a heading\n```')
    expect(text).toContain('- [Homepage](<https://alpha.example.org/(x)>)')
    expect(text).toContain('## Beta \\| Two\n\n### Status\n\nNo status yet.')
    expect(text).toContain('- [Alpha](#alpha)')
    expect(text.trimEnd().endsWith('Project data: CNCF Landscape, CC BY 4.0')).toBe(true)
  })

  it('reads well in Git: no trailing spaces, no runs of blank lines, one final newline', () => {
    expect(text).not.toMatch(/[ \t]+\n/)
    expect(text).not.toMatch(/\n{3,}/)
    expect(text.endsWith('\n') && !text.endsWith('\n\n')).toBe(true)
  })

  it('escapes markup in the user\'s names and keeps notes inside their section', () => {
    expect(escapeMarkdown('<b>x</b> # y')).toBe('\\<b\\>x\\</b\\> \\# y')
    expect(nestNote('###### deep')).toBe('###### deep')
    expect(dossierFileName('Platform 2027 / prod', '2026-11-20')).toBe('Platform-2027-prod-2026-11-20.md')
  })
})
