import { describe, expect, it } from 'vitest'
import { boundMarkdown, MARKDOWN_LIMITS } from './markdown-bounds'

describe('boundMarkdown', () => {
  it('leaves an ordinary note exactly as written', () => {
    const note = '# Verdict\n\n> Try **Headlamp**, see [docs](https://x.example "Docs").\n\n- one\n  - two [a] b\n\n```js\nconst a = [1, 2\n```\n\n| a | b |\n| - | - |\n| *x* | _y_ |\n'
    expect(boundMarkdown(note)).toEqual({ markdown: note, cut: false, shownLength: note.length })
  })

  it('shows the start of a huge note until asked for all of it', () => {
    const note = 'word '.repeat(MARKDOWN_LIMITS.previewLength)
    expect(boundMarkdown(note).cut).toBe(true)
    expect(boundMarkdown(note).markdown.length).toBeLessThanOrEqual(MARKDOWN_LIMITS.previewLength + 20)
    expect(boundMarkdown(note, { showAll: true }).cut).toBe(false)
  })

  it('turns quotes and list levels past the depth limit into text', () => {
    const { markdown } = boundMarkdown(`${'>'.repeat(40)} deep`, { limits: { depth: 3 } })
    expect(markdown.startsWith('>>>\\>')).toBe(true)
    expect(boundMarkdown(`${'- '.repeat(5)}x`, { limits: { depth: 2 } }).markdown).toBe('- - \\- - - x')
  })

  it('escapes brackets that never close and delimiters past the limit, which read the same', () => {
    expect(boundMarkdown('see [1 and [a](b)').markdown).toBe('see \\[1 and [a](b)')
    expect(boundMarkdown('*a* _b_ *c*', { limits: { delimitersPerBlock: 4 } }).markdown).toBe('*a* _b_ \\*c\\*')
  })

  it('never touches fenced code', () => {
    const code = '```\n' + '>'.repeat(100) + ' [ *a\n```'
    expect(boundMarkdown(code, { limits: { depth: 3, delimitersPerBlock: 0 } }).markdown).toBe(code)
  })
})
