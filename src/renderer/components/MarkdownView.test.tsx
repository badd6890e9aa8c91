// @vitest-environment jsdom
import { describe, expect, it, afterEach } from 'vitest'
import { cleanup, render } from '@testing-library/react'
import { HANG_BUDGET_MS, timed } from '../../shared/testing/budget'
import { MarkdownView } from './MarkdownView'

afterEach(cleanup)

describe('MarkdownView', () => {
  it('renders Markdown, tables included', () => {
    const { container } = render(<MarkdownView markdown={'# Verdict\n\n**Try it**\n\n| a | b |\n| - | - |\n| 1 | 2 |'} />)
    expect(container.querySelector('h1')?.textContent).toBe('Verdict')
    expect(container.querySelector('strong')?.textContent).toBe('Try it')
    expect(container.querySelectorAll('td')).toHaveLength(2)
  })

  it('drops raw HTML and scripts', () => {
    const { container } = render(<MarkdownView markdown={'<script>window.pwned = 1</script>\n\n<img src=x onerror="window.pwned=1">\n\n<b>bold?</b> text'} />)
    expect(container.querySelector('script')).toBeNull()
    expect(container.querySelector('img')).toBeNull()
    expect(container.querySelector('b')).toBeNull()
    expect(container.innerHTML).not.toContain('onerror')
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined()
  })

  it('never makes a link out of javascript: or other schemes', () => {
    const { container } = render(<MarkdownView markdown={'[click](javascript:alert(1)) [file](file:///etc/passwd) [ok](https://cncf.io)'} />)
    const hrefs = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href'))
    expect(hrefs).toEqual(['https://cncf.io'])
  })

  it('shows image alt text instead of loading images', () => {
    const { container } = render(<MarkdownView markdown={'![diagram](https://tracker.example/pixel.png)'} />)
    expect(container.querySelector('img')).toBeNull()
    expect(container.textContent).toContain('[diagram]')
  })
})

// Issue 8: a few KB of nesting overflowed the stack in the preview; emphasis bombs took tens of seconds.
describe('MarkdownView with hostile notes', () => {
  it.each([
    ['3,000 nested quotes', `${'>'.repeat(3_000)} deep`],
    ['3,000 nested list markers', `${'- '.repeat(3_000)}deep`],
    ['nested lists by indentation', Array.from({ length: 400 }, (_, i) => `${' '.repeat(i * 2)}- deep`).join('\n')],
    ['quotes and lists mixed', `${'> - '.repeat(2_000)}deep`],
  ])('renders %s without crashing', (_name, markdown) => {
    const { container } = render(<MarkdownView markdown={markdown} />)
    expect(container.textContent).toContain('deep')
  })

  it.each([
    ['alternating delimiters', '_a*'.repeat(20_000)],
    ['emphasis around links', `${'*['.repeat(5_000)}a${'](b)*'.repeat(5_000)}`],
    ['unclosed link titles', '[a](b "'.repeat(5_000)],
    ['nested link brackets', `${'[a'.repeat(20_000)}${']'.repeat(20_000)}`],
  ])('renders %s within the budget', (_name, markdown) => {
    const { value, ms } = timed(() => render(<MarkdownView markdown={markdown} />))
    expect(value.container.textContent?.length).toBeGreaterThan(0)
    expect(ms).toBeLessThan(HANG_BUDGET_MS)
  })
})
