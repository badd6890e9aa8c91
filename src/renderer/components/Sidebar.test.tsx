// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import FolderIcon from '@mui/icons-material/Folder'
import { defineView, matchRoute } from '../registry/view'
import { registerFeatures, registeredViews } from '../registry/registry'
import { Sidebar } from './Sidebar'

const onSelect = vi.fn()
const listView = defineView({
  id: 'things',
  path: '/things',
  isDefault: true,
  sidebar: {
    label: 'Things', icon: FolderIcon, order: 10,
    useChildren: () => [
      { key: 'a', label: 'Saved A', href: '#/things?a', selected: true, onSelect },
      { key: 'b', label: 'Saved B', href: '#/things?b', selected: false },
    ],
  },
  load: async () => ({ default: () => null }),
})
registerFeatures([{ id: 'test', views: [listView] }])
afterEach(cleanup)

describe('the sidebar', () => {
  it('lists a view\'s child entries under it, the one shown marked current', () => {
    render(<Sidebar view={matchRoute(registeredViews(), '#/things')!.view} collapsed={false} onToggle={() => undefined} />)
    const children = screen.getByRole('list', { name: 'Things' })
    const a = screen.getByRole('link', { name: 'Saved A' })
    expect(children.contains(a)).toBe(true)
    expect(a.getAttribute('aria-current')).toBe('true')
    expect(screen.getByRole('link', { name: 'Saved B' }).getAttribute('aria-current')).toBeNull()
    expect(a.getAttribute('href')).toBe('#/things?a')
    fireEvent.click(a)
    expect(onSelect).toHaveBeenCalledOnce()
  })

  it('hides child entries when collapsed', () => {
    render(<Sidebar view={matchRoute(registeredViews(), '#/things')!.view} collapsed onToggle={() => undefined} />)
    expect(screen.queryByRole('link', { name: 'Saved A' })).toBeNull()
  })
})
