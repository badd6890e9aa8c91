// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest'
import { expectedListHeight, rememberListHeight, resetListHeightsForTests } from './list-height'

beforeEach(() => {
  localStorage.clear()
  resetListHeightsForTests()
})

describe('a list\'s height before it is laid out', () => {
  it('is the window\'s until the list was measured once', () => {
    expect(expectedListHeight('projects', 900)).toBe(900)
    expect(expectedListHeight(undefined, 900)).toBe(900)
  })

  it('is the window\'s less what surrounded the list last time, across launches and window sizes', () => {
    rememberListHeight('projects', 900, 635)
    resetListHeightsForTests()
    expect(expectedListHeight('projects', 900)).toBe(635)
    expect(expectedListHeight('projects', 1200)).toBe(935)
    expect(expectedListHeight('bookmarks', 900)).toBe(900)
  })

  it('writes only when what surrounds the list changed', () => {
    rememberListHeight('projects', 900, 635)
    localStorage.setItem('sandscape.listSurroundings', '{"projects":1}')
    rememberListHeight('projects', 1000, 735)
    expect(localStorage.getItem('sandscape.listSurroundings')).toBe('{"projects":1}')
  })

  it('ignores a damaged or hostile stored value, and never goes below nothing', () => {
    for (const text of ['not json', '[1,2]', '{"projects":"635"}', '{"projects":-5}', '{"projects":1e9}', `{"projects":${'9'.repeat(3000)}}`]) {
      localStorage.setItem('sandscape.listSurroundings', text)
      resetListHeightsForTests()
      expect(expectedListHeight('projects', 900)).toBe(900)
    }
    rememberListHeight('projects', 900, 100)
    expect(expectedListHeight('projects', 500)).toBe(0)
  })

  it('skips a list that has no height yet (hidden, or not laid out)', () => {
    rememberListHeight('projects', 900, 0)
    expect(localStorage.getItem('sandscape.listSurroundings')).toBeNull()
  })
})
