import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { ProjectSearchIndex, type SearchDocument } from './search-index'
import { queryHighlighter } from './highlight'
import { parseQuery } from './query'
import { foldText, otherLayout, stemOf } from './text'

// Invented projects, written by hand in both languages.
const docs: SearchDocument[] = [
  {
    id: 'vaultkeeper', name: 'VaultKeeper', labels: ['Security', 'Key Management', 'secrets'],
    texts: ['Keeps secrets for clusters and rotates them.', 'Хранит секреты кластеров и меняет их по расписанию.'],
  },
  {
    id: 'sops', name: 'SOPS', labels: ['Security', 'encryption'],
    texts: ['Encrypts configuration files in place.', 'Шифрует файлы конфигурации на месте.'],
  },
  {
    id: 'sopsify', name: 'Sopsify', labels: ['Tooling'],
    texts: ['A helper around SOPS for teams.', 'Помощник для работы с SOPS в команде.'],
  },
  {
    id: 'meshlet', name: 'Meshlet', labels: ['Service Mesh'],
    texts: ['A tiny service mesh for edge clusters.', 'Крошечная сервисная сеть для пограничных кластеров.'],
  },
  {
    id: 'tracewell', name: 'Tracewell', labels: ['Observability'],
    texts: ['Collects traces; observability for meshes.', 'Собирает трассировки: наблюдаемость для сервисных сетей.'],
  },
  {
    id: 'ёлка', name: 'Ёлка Runtime', labels: ['Container Runtime'],
    texts: ['Runs containers with a small footprint.', 'Запускает контейнеры, потребляя мало памяти.'],
  },
]
const index = ProjectSearchIndex.build(docs)
const ids = (query: string) => index.rankedIds(query)

describe('text folding and word forms', () => {
  it('folds case, ё and Latin accents but keeps Cyrillic letters whole', () => {
    expect(foldText('Ёлка ЙОГУРТ Café')).toBe('елка йогурт cafe')
  })

  it('stems English and Russian words to shared forms', () => {
    expect(stemOf('секретов')).toBe(stemOf('секреты'))
    expect(stemOf('кластерах')).toBe(stemOf('кластеров'))
    expect(stemOf('containers')).toBe(stemOf('container'))
    expect(stemOf('meshes')).toBe(stemOf('mesh'))
  })

  it('reads a word typed on the wrong keyboard layout', () => {
    expect(otherLayout('ыщзы')).toBe('sops')
    expect(otherLayout('ctrhtn')).toBe('секрет')
    expect(otherLayout('[hfy')).toBe('хран')
    expect(otherLayout('sops!')).toBeUndefined()
  })

  it('treats the last word as being typed unless the query ends with a space', () => {
    expect(parseQuery('service me').map((t) => t.prefix)).toEqual([false, true])
    expect(parseQuery('service mesh ').map((t) => t.prefix)).toEqual([false, false])
    expect(parseQuery('mesh').map((t) => t.fuzzy)).toEqual([false])
    expect(parseQuery('meshes').map((t) => t.fuzzy)).toEqual([true])
  })
})

describe('ranked search', () => {
  it('puts the exact name first, then names that start with it, then other fields', () => {
    expect(ids('sops')).toEqual(['sops', 'sopsify'])
    expect(ids('sops ')).toEqual(['sops', 'sopsify'])
    // A label match outranks a summary match.
    expect(ids('secrets')).toEqual(['vaultkeeper'])
    expect(ids('mesh')[0]).toBe('meshlet')
  })

  it('ranks by the whole name or id as the comparison with every name would', () => {
    // Names and ids that start one another, an id unlike its name, and a name equal to another's id.
    const named: SearchDocument[] = [
      { id: 'kube-vault', name: 'Vault', labels: ['secrets'], texts: [] },
      { id: 'vault', name: 'Secret Keeper', labels: ['secrets'], texts: [] },
      { id: 'vaulter', name: 'Vaulter', labels: ['secrets'], texts: [] },
      { id: 'other', name: 'Other', labels: ['secrets', 'vault'], texts: [] },
    ]
    const index = ProjectSearchIndex.build(named)
    // Exact name or id first (Vault, and the id "vault"), then the name starting with it, then the label.
    expect(index.rankedIds('vault')).toEqual(['kube-vault', 'vault', 'vaulter', 'other'])
    // One letter more: only Vaulter starts with it (the others follow as one typo away).
    expect(index.rankedIds('vaulte')[0]).toBe('vaulter')
    expect(index.rankedIds('kube-vault')[0]).toBe('kube-vault')
    // Asked twice, the same answer: the sorted names are made once and never changed.
    expect(index.rankedIds('vault')).toEqual(['kube-vault', 'vault', 'vaulter', 'other'])
  })

  it('answers the same after being prepared ahead of the first query', () => {
    const fresh = ProjectSearchIndex.build(docs)
    const prepared = ProjectSearchIndex.build(docs)
    prepared.prepare()
    for (const query of ['s', 'sops', 'secrets', 'секреты', 'ыщзы', 'mesh ']) expect(prepared.rankedIds(query), query).toEqual(fresh.rankedIds(query))
  })

  it('gives each match the name tier a comparison with every name and id gives (property)', () => {
    // Short names of few letters, so names start one another and equal each other's ids often.
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), minLength: 1, maxLength: 4 })
    fc.assert(fc.property(fc.array(fc.tuple(word, word), { minLength: 1, maxLength: 30 }), word, (pairs, query) => {
      const documents = pairs.map(([id, name], i) => ({ id: `${id}${i}`, name, labels: [], texts: [] }))
      const hits = ProjectSearchIndex.build(documents).search(query)!
      documents.forEach((d, doc) => {
        if (hits.ranks[doc] < 0) return
        const expected = d.name === query || d.id === query ? 0 : d.name.startsWith(query) || d.id.startsWith(query) ? 1 : 2
        expect(Math.floor(hits.ranks[doc] / 1000)).toBe(expected)
      })
    }))
  })

  it('finds the start of the word being typed, in names from the first letter and in texts from the third', () => {
    expect(ids('tra')).toEqual(['tracewell'])
    expect(ids('vau')).toEqual(['vaultkeeper'])
    expect(ids('enc')).toEqual(['sops'])
    // "k" starts no name or label word here; it must not drag in every summary with a k-word.
    expect(ids('k')).toEqual(['vaultkeeper'])
  })

  it('finds camel-case parts of names', () => {
    expect(ids('keeper')).toEqual(['vaultkeeper'])
  })

  it('needs every word of the query', () => {
    expect(ids('service mesh edge')).toEqual(['meshlet'])
    expect(ids('mesh nowhere')).toEqual([])
  })

  it('finds other forms of English and Russian words', () => {
    expect(ids('container ')).toEqual(['ёлка'])
    expect(ids('секретов')).toEqual(['vaultkeeper'])
    expect(ids('кластерах')).toEqual(['vaultkeeper', 'meshlet'])
    expect(ids('наблюдаемости')).toEqual(['tracewell'])
  })

  it('forgives one typo in words of five letters or more, not in shorter ones', () => {
    expect(ids('secrest')).toEqual(['vaultkeeper'])
    expect(ids('obsrvability')).toEqual(['tracewell'])
    expect(ids('секретв')).toEqual(['vaultkeeper'])
    expect(ids('mseh ')).toEqual([])
  })

  it('ranks a typo below the word itself', () => {
    const extra = ProjectSearchIndex.build([
      { id: 'a', name: 'Alpha', labels: [], texts: ['routes traffic'] },
      { id: 'b', name: 'Beta', labels: [], texts: ['router of traffic'] },
    ])
    const hits = extra.search('router ')!
    expect(hits.ranks[1]).toBeLessThan(hits.ranks[0])
  })

  it('treats ё as е both ways', () => {
    expect(ids('елка')).toEqual(['ёлка'])
    expect(ids('ёлка')).toEqual(['ёлка'])
  })

  it('finds words typed on the wrong keyboard layout', () => {
    expect(ids('ыщзы')).toEqual(['sops', 'sopsify'])
    expect(ids('ctrhtns')).toEqual(['vaultkeeper'])
  })

  it('searches the user\'s notes and tags last', () => {
    const personal = index.personalIndex([{ id: 'sopsify', texts: ['try for the secrets rotation project'] }, { id: 'gone', texts: ['secrets'] }])
    expect(index.rankedIds('secrets', Infinity, personal)).toEqual(['vaultkeeper', 'sopsify'])
    expect(index.personalIndex([])).toBeUndefined()
    expect(index.rankedIds('secrets')).toEqual(['vaultkeeper'])
  })

  it('answers an empty query with no ranking and bounds a huge one', () => {
    expect(index.search('   ')).toBeUndefined()
    expect(() => index.search('mesh '.repeat(10_000))).not.toThrow()
  })
})

describe('highlighting', () => {
  it('marks the matched words of a cell, and only the typed start of a word being typed', () => {
    const mark = queryHighlighter('secrets clu')
    const text = 'Keeps secrets for clusters.'
    expect(mark(text).map(([s, e]) => text.slice(s, e))).toEqual(['secrets', 'clu'])
  })

  it('marks Russian word forms and typos', () => {
    const text = 'Хранит секреты кластеров.'
    expect(queryHighlighter('секретов кластерах ')(text).map(([s, e]) => text.slice(s, e))).toEqual(['секреты', 'кластеров'])
    expect(queryHighlighter('секретв')(text).map(([s, e]) => text.slice(s, e))).toEqual(['секреты'])
  })

  it('marks nothing for an empty query', () => {
    expect(queryHighlighter('')('anything')).toEqual([])
  })

  it('starts a one-line excerpt a few words before a match the cell would cut off', async () => {
    const { excerptStart } = await import('./highlight')
    const text = 'Был универсальным менеджером для разных хранилищ и облаков, а ещё он хранил секреты приложений.'
    const ranges = queryHighlighter('секретов')(text)
    const from = excerptStart(text, ranges)
    expect(from).toBeGreaterThan(0)
    expect(text[from - 1]).toBe(' ')
    expect(from).toBeLessThanOrEqual(ranges[0][0] - 24)
    expect(text.slice(from)).toContain('секреты')
    // A match near the start, no match, or one long word before it.
    expect(excerptStart('Keeps secrets for clusters.', queryHighlighter('secrets')('Keeps secrets for clusters.'))).toBe(0)
    expect(excerptStart(text, [])).toBe(0)
    const word = `${'x'.repeat(80)} secrets`
    expect(excerptStart(word, [[81, 88]])).toBe(57)
  })
})

describe('one edit', () => {
  it('tells words one edit apart from words further away', async () => {
    const { withinOneEdit } = await import('./highlight')
    for (const [a, b] of [['secrets', 'secrest'], ['secrets', 'secret'], ['secrets', 'secretss'], ['secrets', 'sacrets'], ['секреты', 'секрты']]) expect(withinOneEdit(a, b), `${a} ${b}`).toBe(true)
    for (const [a, b] of [['secrets', 'scerest'], ['secrets', 'secr'], ['mesh', 'hsem']]) expect(withinOneEdit(a, b), `${a} ${b}`).toBe(false)
  })
})
