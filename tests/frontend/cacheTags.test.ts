import type { Change, ChangeFeed } from '../../src/cache/changeFeed'
import { docTag, listTag, recordingReads, recordRead, slugTag, tagsOfRead, tagsOfWrite } from '../../src/cache/readTags'
import { Freshness } from '../../src/server/httpCache/freshness'
import { ResponseStore, type CachedResponse } from '../../src/server/httpCache/store'

const entry = (tags: string[]): CachedResponse => ({
  status: 200,
  headers: [],
  body: Buffer.from('{}'),
  etag: '"x"',
  tags,
})

describe('what an answer read', () => {
  test('a read by id, Payload’s population (id in […]), a lookup by slug, and any other query', () => {
    expect(tagsOfRead('articles', { id: 4 })).toEqual([docTag('articles', 4)])
    expect(tagsOfRead('media', { where: { id: { in: [1, 2] } } })).toEqual(['doc:media:1', 'doc:media:2'])
    expect(tagsOfRead('articles', { where: { slug: { equals: 'relance' } } })).toEqual([slugTag('articles', 'relance')])
    expect(tagsOfRead('articles', { where: { slug: { like: 'rel' } } })).toEqual([listTag('articles')])
    expect(tagsOfRead('articles', { where: { and: [{ id: { equals: 1 } }] } })).toEqual([listTag('articles')])
    expect(tagsOfRead('articles', {})).toEqual([listTag('articles')])
  })

  test('a write touches the documents, their addresses and the lists of their collection', () => {
    expect(tagsOfWrite('articles', [{ id: 3, slug: 'a' }, { id: 4 }]).sort()).toEqual([
      'doc:articles:3',
      'doc:articles:4',
      'list:articles',
      'slug:articles:a',
    ])
  })

  test('reads are recorded only inside the answer being computed, each into its own set', async () => {
    const one = new Set<string>()
    const two = new Set<string>()
    recordRead(['doc:outside:1'])
    await Promise.all([
      recordingReads(one, async () => {
        await Promise.resolve()
        recordRead(['doc:a:1'])
      }),
      recordingReads(two, async () => recordRead(['doc:b:1'])),
    ])
    expect([...one]).toEqual(['doc:a:1'])
    expect([...two]).toEqual(['doc:b:1'])
  })
})

describe('the response store', () => {
  test('a change drops the answers carrying one of its tags and keeps the others', () => {
    const store = new ResponseStore(1024 * 1024, 1024)
    store.set('list', entry(['list:articles', 'doc:media:1']))
    store.set('faq', entry(['doc:faqs:2']))
    expect(store.invalidate(['doc:media:1'])).toBe(1)
    expect(store.get('list')).toBeUndefined()
    expect(store.get('faq')).toBeDefined()
  })
})

describe('freshness', () => {
  class Feed implements ChangeFeed {
    listener?: (change: Change) => void
    sync = async () => true
    listen = (listener: (change: Change) => void) => void (this.listener = listener)
    close = async () => {}
  }
  const noEmbargo = async () => ({ ended: [], next: Number.POSITIVE_INFINITY })

  test('an answer computed while something it read changed is not stored; one about something else is', async () => {
    const feed = new Feed()
    const freshness = new Freshness(feed, noEmbargo, new ResponseStore(1024, 1024))
    const ticket = (await freshness.ticket())!
    feed.listener!(['doc:articles:1', 'list:articles'])
    expect(freshness.storable(ticket, ['list:articles'])).toBe(false)
    expect(freshness.storable(ticket, ['doc:faqs:2'])).toBe(true)
    expect(freshness.storable((await freshness.ticket())!, ['list:articles'])).toBe(true)
    feed.listener!('all')
    expect(freshness.storable(ticket, ['doc:faqs:2'])).toBe(false)
  })

  test('an embargo end drops the answers its piece joins, at that moment', async () => {
    const store = new ResponseStore(1024 * 1024, 1024)
    let calls = 0
    const ends = async (from: number, to: number) => {
      calls++
      return calls === 1
        ? { ended: [], next: to + 3 }
        : { ended: from < to ? ['list:articles'] : [], next: Number.POSITIVE_INFINITY }
    }
    const freshness = new Freshness(new Feed(), ends, store)
    expect(await freshness.ticket()).not.toBeNull()
    store.set('list', entry(['list:articles']))
    store.set('faq', entry(['doc:faqs:2']))
    await new Promise((resolve) => setTimeout(resolve, 5))
    await freshness.ticket()
    expect(store.get('list')).toBeUndefined()
    expect(store.get('faq')).toBeDefined()
  })
})
