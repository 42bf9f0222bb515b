import { advanceClock, resetClock } from '../../src/lib/clock'
import { startTestApp, type TestApp } from '../helpers/app'
import { frontendFixtures } from './fixtures'

let app: TestApp
let fx: Awaited<ReturnType<typeof frontendFixtures>>
let editorToken: string

beforeAll(async () => {
  app = await startTestApp('httpcache', {
    seed: true,
    env: { CACHE_S_MAXAGE: '120', CACHE_STALE_WHILE_REVALIDATE: '600' },
  })
  fx = await frontendFixtures(app.payload)
  editorToken = await app.login('editor@newsroom.test')
})
afterAll(() => {
  resetClock()
  return app.close()
})

const get = (path: string, headers: Record<string, string> = {}, token?: string) =>
  app.request(path, { headers, token })
const titles = async (response: Response) =>
  ((await response.json()) as { docs: { title: string }[] }).docs.map((d) => d.title)
const LIST = '/api/articles?limit=50&depth=1&sort=-publishedAt'

describe('validators and lifetimes', () => {
  test('an anonymous read of published content has a strong ETag and a public, configurable lifetime', async () => {
    const response = await get(LIST)
    expect(response.status).toBe(200)
    expect(response.headers.get('etag')).toMatch(/^"[\w-]{27}"$/)
    expect(response.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=120, stale-while-revalidate=600')
    expect(response.headers.get('vary')).toBe('Origin, Authorization, Cookie')
  })

  test('If-None-Match with the current tag answers 304 without a body; a stale tag gets the content', async () => {
    const { headers } = await get(LIST)
    const etag = headers.get('etag')!
    for (const candidate of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const revalidated = await get(LIST, { 'if-none-match': candidate })
      expect(revalidated.status).toBe(304)
      expect(revalidated.headers.get('etag')).toBe(etag)
      expect(revalidated.headers.get('cache-control')).toMatch(/^public/)
      expect(await revalidated.text()).toBe('')
    }
    expect((await get(LIST, { 'if-none-match': '"stale"' })).status).toBe(200)
  })

  test.each([
    ['the feed', '/api/feed'],
    ['a resolved path', '/api/resolve?path=/articles/article-relance'],
    ['a document by id', '/api/faqs/FAQ_ID'],
    ['the map', '/api/chambers/geojson'],
    ['search', '/api/search?q=relance'],
    ['an RSS feed', '/feeds/all.xml'],
    ['the API description', '/api/openapi.json'],
  ])('%s is public, validated and served from the cache the second time', async (_, path) => {
    const url = path.replace('FAQ_ID', String(fx.pieces.faq.id))
    const first = await get(url)
    expect(first.headers.get('cache-control')).toMatch(/^public/)
    const second = await get(url)
    expect(second.headers.get('x-cache')).toBe('HIT')
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'))
    expect(await second.text()).toBe(await first.text())
    expect((await get(url, { 'if-none-match': first.headers.get('etag')! })).status).toBe(304)
  })

  test.each([
    ['signed in', LIST, editorTokenHeader],
    ['a draft', `${LIST}&draft=true`, () => ({})],
    ['signed in, the feed', '/api/feed', editorTokenHeader],
  ])('%s: private, no-store, never from the cache', async (_, path, headers) => {
    for (let i = 0; i < 2; i++) {
      const response = await get(path, headers())
      expect(response.headers.get('cache-control')).toBe('private, no-store')
      expect(response.headers.get('etag')).toBeNull()
      expect(response.headers.get('x-cache')).not.toBe('HIT')
    }
  })

  test('a cookie counts as signed in too', async () => {
    const response = await get(LIST, { cookie: `payload-token=${editorToken}` })
    expect(response.headers.get('cache-control')).toBe('private, no-store')
  })

  test('a refusal or a miss is not kept', async () => {
    const missing = await get('/api/articles/999999')
    expect(missing.status).toBe(404)
    expect(missing.headers.get('cache-control')).toBe('no-store')
    expect((await get('/api/users')).headers.get('cache-control')).toBe('private, no-store')
  })

  test('HEAD answers with the headers of GET and no body', async () => {
    const head = await app.request(LIST, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('etag')).toBe((await get(LIST)).headers.get('etag'))
    expect(await head.text()).toBe('')
  })
})

function editorTokenHeader() {
  return { authorization: `JWT ${editorToken}` }
}

describe('invalidation', () => {
  const warm = async (path = LIST) => {
    await get(path)
    expect((await get(path)).headers.get('x-cache')).toBe('HIT')
  }

  test('publishing a piece shows it on the next request', async () => {
    await warm()
    await warm('/api/feed')
    const piece = await fx.publish('articles', 'Tout neuf', 25)
    const list = await get(LIST)
    expect(list.headers.get('x-cache')).toBe('MISS')
    expect(await titles(list)).toContain('Article Tout neuf')
    expect(JSON.stringify(await (await get('/api/feed')).json())).toContain(piece.slug)
  })

  test('an update through REST is served on the next request, with a new ETag', async () => {
    await warm()
    const before = (await get(LIST)).headers.get('etag')
    const patch = await app.request(`/api/articles/${fx.pieces.article.id}`, {
      method: 'PATCH',
      token: editorToken,
      json: { title: 'Article Relance (mis à jour)' },
    })
    expect(patch.status).toBe(200)
    const after = await get(LIST)
    expect(await titles(after)).toContain('Article Relance (mis à jour)')
    expect(after.headers.get('etag')).not.toBe(before)
    expect((await get(LIST, { 'if-none-match': before! })).status).toBe(200)
  })

  test('a change to something the answer only embeds (an image’s alt text) is served on the next request', async () => {
    await warm()
    await app.payload.update({
      collection: 'media',
      id: fx.image.id,
      data: { alt: 'Une vitrine éclairée' },
      overrideAccess: true,
    })
    expect(JSON.stringify(await (await get(LIST)).json())).toContain('Une vitrine éclairée')
  })

  test('unpublishing and deleting remove the piece on the next request', async () => {
    const a = await fx.publish('articles', 'A retirer', 26)
    const b = await fx.publish('articles', 'A supprimer', 27)
    await warm()
    await app.payload.update({
      collection: 'articles',
      id: a.id,
      data: { _status: 'draft' },
      user: fx.editor,
      overrideAccess: false,
    })
    expect(await titles(await get(LIST))).not.toContain('Article A retirer')
    await warm()
    await app.request(`/api/articles/${b.id}`, { method: 'DELETE', token: editorToken })
    expect(await titles(await get(LIST))).not.toContain('Article A supprimer')
  })

  test('a draft saved over a published piece leaves the cached answers in place: readers keep the live text', async () => {
    await warm()
    await app.payload.update({
      collection: 'articles',
      id: fx.pieces.article.id,
      data: { title: 'Brouillon en cours' },
      draft: true,
      user: fx.editor,
      overrideAccess: false,
    })
    const response = await get(LIST)
    expect(response.headers.get('x-cache')).toBe('HIT')
    expect(await titles(response)).not.toContain('Brouillon en cours')
  })

  test('a change leaves the answers that did not read it in the cache', async () => {
    const faq = `/api/faqs/${fx.pieces.faq.id}`
    const unrelated = [faq, '/api/chambers/geojson', '/api/faqs?limit=10', `/api/success-stories/${fx.pieces.story.id}`]
    for (const path of unrelated) await warm(path)
    await warm()
    await app.payload.create({ collection: 'topics', data: { title: 'Sans rapport' }, overrideAccess: true })
    await fx.publish('articles', 'Sans effet ailleurs', 12)
    expect((await get(LIST)).headers.get('x-cache')).toBe('MISS')
    for (const path of unrelated) expect([path, (await get(path)).headers.get('x-cache')]).toEqual([path, 'HIT'])
  })

  test('renaming a topic refreshes the answers that embed it, and only those', async () => {
    const article = `/api/articles/${fx.pieces.article.id}?depth=1`
    const guide = `/api/guides/${fx.pieces.guide.id}`
    await warm(article)
    await warm(guide)
    await app.payload.update({
      collection: 'topics',
      id: fx.topics.aides,
      data: { title: 'Aides publiques' },
      overrideAccess: true,
    })
    const after = await get(article)
    expect(after.headers.get('x-cache')).toBe('MISS')
    expect(JSON.stringify(await after.json())).toContain('Aides publiques')
    expect((await get(guide)).headers.get('x-cache')).toBe('HIT')
  })

  test('an embargo ending refreshes the lists the piece joins, by itself, with no write; other answers stay', async () => {
    await warm()
    await warm('/api/chambers/geojson')
    expect(await titles(await get(LIST))).not.toContain('Article Embargo')
    // Shared caches are not told to keep the answer past the end of the embargo.
    const maxAge = Number(/s-maxage=(\d+)/.exec((await get(LIST)).headers.get('cache-control')!)![1])
    expect(maxAge).toBeLessThanOrEqual(120)
    advanceClock(2 * 86_400_000)
    try {
      const after = await get(LIST)
      expect(after.headers.get('x-cache')).toBe('MISS')
      expect(await titles(after)).toContain('Article Embargo')
      expect(JSON.stringify(await (await get('/api/feed')).json())).toContain('article-embargo')
      expect((await get('/api/chambers/geojson')).headers.get('x-cache')).toBe('HIT')
    } finally {
      resetClock()
    }
    expect(await titles(await get(LIST))).not.toContain('Article Embargo')
  })

  test('shared caches never keep an answer past the next embargo end', async () => {
    const soon = await fx.publish('articles', 'Embargo court', 2, {
      embargoUntil: new Date(Date.now() + 45_000).toISOString(),
    })
    const cacheControl = (await get(LIST)).headers.get('cache-control')!
    const shared = Number(/s-maxage=(\d+)/.exec(cacheControl)![1])
    expect(shared).toBeLessThanOrEqual(45)
    expect(Number(/stale-while-revalidate=(\d+)/.exec(cacheControl)![1])).toBeLessThanOrEqual(45)
    await app.payload.delete({ collection: 'articles', id: soon.id, overrideAccess: true })
  })
})

describe('anonymous GraphQL queries', () => {
  const query = '{ Articles(limit: 5, sort: "-publishedAt") { docs { title } } }'
  const ask = (q: string, token?: string) => app.request('/api/graphql', { method: 'POST', token, json: { query: q } })

  test('are answered from the cache the second time, and follow publications', async () => {
    await ask(query)
    const second = await ask(query)
    expect(second.headers.get('x-cache')).toBe('HIT')
    expect(second.headers.get('cache-control')).toBe('private, no-store')
    await fx.publish('articles', 'Via GraphQL', 28)
    const third = await ask(query)
    expect(third.headers.get('x-cache')).toBe('MISS')
    expect(JSON.stringify(await third.json())).toContain('Article Via GraphQL')
  })

  test('answers with errors, mutations and signed-in queries are not kept', async () => {
    for (const q of ['{ Users { docs { email } } }', 'mutation { logoutUser }']) {
      await ask(q)
      expect((await ask(q)).headers.get('x-cache')).not.toBe('HIT')
    }
    await ask(query, editorToken)
    expect((await ask(query, editorToken)).headers.get('x-cache')).toBeNull()
  })
})
