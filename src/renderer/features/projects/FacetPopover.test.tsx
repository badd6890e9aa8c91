// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import i18n from '../../i18n'
import type { Facet, FacetOption } from '../../../shared/projects/filter'
import { FacetOptionsContext } from './FacetMenu'
import FacetPopover from './FacetPopover'

beforeAll(async () => { await i18n.changeLanguage('en') })
afterEach(cleanup)

type Options = Readonly<Record<Facet, FacetOption[]>>
const tags = (...pairs: [string, number][]) => ({ tags: pairs.map(([value, count]) => ({ value, count })) }) as unknown as Options

function List({ options, onToggle = () => {} }: { options: Options; onToggle?: (facet: Facet, value: string) => void }) {
  return (
    <FacetOptionsContext.Provider value={options}>
      <FacetPopover popoverId="tags" anchor={document.body} facet="tags" title="Tags" selected={[]} onToggle={onToggle} labelOf={(_, v) => v} onClose={() => {}} />
    </FacetOptionsContext.Provider>
  )
}

const shownValues = () => within(screen.getByRole('group', { name: 'Tags' })).getAllByRole('checkbox').map((box) => box.closest('label')!.textContent)

describe('an open facet list', () => {
  it('keeps its rows in place while the counts change under it, and takes new values last', () => {
    const { rerender } = render(<List options={tags(['security', 9], ['networking', 4], ['storage', 1])} />)
    expect(shownValues()).toEqual(['security9', 'networking4', 'storage1'])
    // A keystroke (or a ticked box) later, by count the list would be the other way round.
    rerender(<List options={tags(['storage', 8], ['gitops', 5], ['networking', 4], ['security', 0])} />)
    expect(shownValues()).toEqual(['security0', 'networking4', 'storage8', 'gitops5'])
  })

  it('opens in the order the counts give, and ticking a value says which', () => {
    let toggled = ''
    render(<List options={tags(['b', 2], ['a', 7])} onToggle={(_, value) => { toggled = value }} />)
    expect(shownValues()).toEqual(['b2', 'a7'])
    fireEvent.click(screen.getByRole('checkbox', { name: /a/ }))
    expect(toggled).toBe('a')
  })
})
