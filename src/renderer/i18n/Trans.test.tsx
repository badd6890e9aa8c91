// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { renderToStaticMarkup } from 'react-dom/server'
import { tagged } from './Trans'

const html = (text: string) => renderToStaticMarkup(<>{tagged(text, { settings: <a href="#/settings" />, b: <strong /> })}</>)

describe('strings with elements inside', () => {
  it('wraps each tagged part in its element, in both languages', () => {
    expect(html('No fields yet: add them in <settings>Settings</settings>.')).toBe('No fields yet: add them in <a href="#/settings">Settings</a>.')
    expect(html('Полей пока нет: добавьте их в <settings>настройках</settings>.')).toBe('Полей пока нет: добавьте их в <a href="#/settings">настройках</a>.')
    expect(html('<b>one</b> and <b>two</b>')).toBe('<strong>one</strong> and <strong>two</strong>')
  })

  it('leaves tags without a component, and unclosed ones, as text (escaped by React)', () => {
    expect(html('a <x>y</x> <settings>open')).toBe('a &lt;x&gt;y&lt;/x&gt; &lt;settings&gt;open')
    expect(html('<toString>x</toString>')).toBe('&lt;toString&gt;x&lt;/toString&gt;')
  })
})
