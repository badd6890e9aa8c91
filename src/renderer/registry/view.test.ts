import { describe, expect, it } from 'vitest'
import { defineView, hrefTo, matchRoute } from './view'

const Empty = () => null
const list = defineView({ id: 'list', path: '/items', isDefault: true, load: async () => ({ default: Empty }) })
const item = defineView<{ id: string }>({ id: 'item', path: '/items/:id', parent: 'list', load: async () => ({ default: Empty }) })
const picked = defineView<{ ids: string[] }>({
  id: 'picked',
  path: '/picked',
  params: {
    parse: (_path, query) => ({ ids: query.get('ids')?.split(',').filter(Boolean) ?? [] }),
    serialize: ({ ids }) => ({ query: new URLSearchParams({ ids: ids.join(',') }) }),
  },
  load: async () => ({ default: Empty }),
})
const strict = defineView<{ n: number }>({
  id: 'strict',
  path: '/strict',
  params: {
    parse: (_path, query) => {
      if (query.has('boom')) throw new Error('bad input')
      return { n: Number(query.get('n') ?? 0) }
    },
    serialize: ({ n }) => ({ query: new URLSearchParams({ n: String(n) }) }),
  },
  load: async () => ({ default: Empty }),
})
const views = [list, item, picked, strict]

describe('view addresses', () => {
  it('writes and reads back every kind of address', () => {
    expect(hrefTo(list)).toBe('#/items')
    expect(hrefTo(item, { id: 'a b/c' })).toBe('#/items/a%20b%2Fc')
    expect(matchRoute(views, hrefTo(item, { id: 'a b/c' }))).toMatchObject({ view: item, params: { id: 'a b/c' } })
    expect(hrefTo(picked, { ids: ['x', 'y'] })).toBe('#/picked?ids=x,y')
    expect(matchRoute(views, '#/picked?ids=x,y')).toMatchObject({ view: picked, params: { ids: ['x', 'y'] } })
  })

  it('accepts addresses with or without the leading slash and hash', () => {
    expect(matchRoute(views, '#items/etcd')?.view).toBe(item)
    expect(matchRoute(views, '/items/etcd')?.view).toBe(item)
  })

  it('sends empty, unknown and malformed addresses to the default view', () => {
    for (const hash of ['', '#', '#/', '#/nowhere', '#/items/a/b', '#/%E0%A4%A', '#/items?x=%']) {
      expect(matchRoute(views, hash)?.view, hash).toBe(list)
    }
    expect(matchRoute(views, '#/items/%E0%A4%A')).toMatchObject({ view: item, params: { id: '%E0%A4%A' } })
  })

  it('shows a view with its defaults when its parameters cannot be read', () => {
    expect(matchRoute(views, '#/strict?boom=1')).toMatchObject({ view: strict, params: { n: 0 } })
  })

  it('keys a view instance by its path, not its query', () => {
    expect(matchRoute(views, '#/items/a')?.pathKey).not.toBe(matchRoute(views, '#/items/b')?.pathKey)
    expect(matchRoute(views, '#/picked?ids=a')?.pathKey).toBe(matchRoute(views, '#/picked?ids=b')?.pathKey)
  })

  it('loads a view once, and again after a failed load', async () => {
    let calls = 0
    const flaky = defineView({ id: 'flaky', path: '/flaky', load: async () => { calls++; if (calls === 1) throw new Error('offline'); return { default: Empty } } })
    await expect(flaky.prefetch()).rejects.toThrow('offline')
    await flaky.prefetch()
    await flaky.prefetch()
    expect(calls).toBe(2)
  })
})
