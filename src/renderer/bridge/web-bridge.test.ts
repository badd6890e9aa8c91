import { describe, expect, it, vi } from 'vitest'
import { makeDataset, makeProject } from '../../shared/testing/fixtures'
import { createWebBridge } from './web-bridge'

const base = 'http://127.0.0.1:4173/app/'
const respond = (body: string, status = 200) => vi.fn(async () => new Response(body, { status }))

describe('createWebBridge', () => {
  it('loads dataset.json from beside index.html and validates it', async () => {
    const dataset = makeDataset([makeProject({ id: 'alpha' })])
    const fetchImpl = respond(JSON.stringify(dataset))
    const result = await createWebBridge(fetchImpl, base).loadDataset()
    expect(result).toEqual({ ok: true, dataset })
    expect(fetchImpl).toHaveBeenCalledWith('http://127.0.0.1:4173/app/dataset.json', expect.anything())
  })

  it.each([
    ['a 404', respond('nope', 404), 'missing'],
    ['a 500', respond('oops', 500), 'unreadable'],
    ['truncated JSON', respond('{"schemaVersion":1,'), 'corrupt'],
    ['the wrong shape', respond('{"hello":"world"}'), 'invalid'],
    ['a network failure', vi.fn(async () => { throw new TypeError('Failed to fetch') }), 'unreadable'],
  ])('reports %s as a readable error', async (_name, fetchImpl, code) => {
    const result = await createWebBridge(fetchImpl, base).loadDataset()
    expect(result).toMatchObject({ ok: false, error: { code } })
  })
})
