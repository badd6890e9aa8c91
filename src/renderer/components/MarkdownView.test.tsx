// @vitest-environment jsdom
import { describe, expect, it, afterEach } from 'vitest'
import { cleanup, render } from '@testing-library/react'
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
