import type { Where } from 'payload'

import { advanceClock, resetClock } from '../../src/lib/clock'
import { docTag } from '../../src/cache/readTags'
import { after, feedSort } from '../../src/feed/findFeed'
import { rebuildReadModel } from '../../src/readModel/build'
import { feedListKey, listKey } from '../../src/readModel/scope'
import { sqlRows, type RowsQuery } from '../../src/readModel/sqlRows'
import { threeImages } from '../helpers/images'
import { startTestApp, type TestApp } from '../helpers/app'
import { startReference, type Reference } from '../helpers/referenceServer'
import { demoUser, PUBLISH } from '../helpers/users'

// The response cache is off: every answer is computed, from the model or by Payload.
let app: TestApp
let reference: Reference
const LOCALES = ['', 'fr', 'en']
type Article = { id: number | string; slug: string }
let generated: {
  media: { id: number | string }[]
  topics: { id: number | string }[]
  authors: { id: number | string }[]
}

const expectSame = (path: string) => reference.expectSame(path)
const withLocale = (path: string, locale: string) => (locale ? `${path}&locale=${locale}` : path)
const listPath = (limit: number, page: number, locale = '') =>
  withLocale(`/api/articles?limit=${limit}&depth=1&sort=-publishedAt&page=${page}`, locale)
const allArticles = async (): Promise<Article[]> =>
  (
    await app.payload.find({
      collection: 'articles',
      pagination: false,
      depth: 0,
      select: { slug: true },
      overrideAccess: true,
      draft: true,
    })
  ).docs as Article[]
/** Every request kind the model serves, for every piece, locale and page. */
async function everyRequest(): Promise<string[]> {
  const paths: string[] = []
  const articles = await allArticles()
  for (const locale of LOCALES) {
    for (const { id, slug } of articles) {
      paths.push(withLocale(`/api/articles/${id}?depth=1`, locale))
      paths.push(withLocale(`/api/resolve?path=/articles/${slug}`, locale))
      paths.push(withLocale(`/api/resolve?path=/articles/${slug}/&depth=1`, locale))
    }
    for (const limit of [7, 20]) {
      const pages = Math.ceil(articles.length / limit) + 1
      for (let page = 1; page <= pages; page++) paths.push(listPath(limit, page, locale))
    }
  }
  return paths
}

async function generateSet() {
  const { payload } = app
  const editor = await demoUser(payload, 'editor')
  const as = { user: editor, overrideAccess: false } as const
  const media = await threeImages(payload, 'gen', 'Image', 400)
  const topics = []
  for (let i = 0; i < 4; i++)
    topics.push(
      await payload.create({ collection: 'topics', data: { title: `Thème généré ${i}` }, overrideAccess: true }),
    )
  const authors = []
  for (let i = 0; i < 3; i++)
    authors.push(
      await payload.create({
        collection: 'users',
        data: {
          name: `Auteur ${i}`,
          email: `auteur-${i}@newsroom.test`,
          password: 'a-long-password-1',
          roles: ['journalist'],
        },
        overrideAccess: true,
      }),
    )
  for (let i = 0; i < 24; i++) {
    const data = {
      title: `Article généré ${i}`,
      format: 'news',
      standfirst: `Chapô ${i}`,
      heroImage: i % 4 === 3 ? null : media[i % 3].id,
      topics: [topics[i % 4].id, topics[(i + 1) % 4].id],
      authors: [authors[i % 3].id],
      // Some share a date: ties are broken as Payload breaks them.
      publishedAt: new Date(Date.UTC(2026, 1, 1 + Math.floor(i / 2), 8)).toISOString(),
      ...(i % 8 === 5 ? { embargoUntil: new Date(Date.now() + 3 * 86_400_000).toISOString() } : {}),
    }
    if (i % 7 === 6) {
      await payload.create({ collection: 'articles', data: data as never, draft: true, ...as })
      continue
    }
    const doc = await payload.create({ collection: 'articles', data: { ...data, ...PUBLISH } as never, ...as })
    if (i % 3 === 0)
      await payload.update({
        collection: 'articles',
        id: doc.id,
        locale: 'en',
        data: { title: `Generated article ${i}` },
        ...as,
      })
  }
  return { media, topics, authors }
}

/** Edits every answer the model stores, so that a test can tell the model's answers from Payload's. */
async function rewriteStoredAnswers(edit: (body: string) => string) {
  const rows = await app.payload.db.find<{ id: number | string; body?: string | null }>({
    collection: 'public-answers',
    pagination: false,
    limit: 0,
    req: {} as never,
  })
  for (const row of rows.docs)
    if (row.body)
      await app.payload.db.updateOne({
        collection: 'public-answers',
        id: row.id,
        data: { body: edit(row.body) },
        req: {} as never,
      })
}

beforeAll(async () => {
  app = await startTestApp('readmodel', { seed: 'content', env: { HTTP_CACHE: 'off' } })
  generated = await generateSet()
  await rebuildReadModel(app.payload)
  reference = await startReference(app)
}, 240_000)
afterAll(async () => {
  resetClock()
  await reference?.close()
  await app?.close()
})

describe('the read model answers as Payload does', () => {
  test('every list page, piece by id and site path, in every locale, byte for byte', async () => {
    for (const path of await everyRequest()) await expectSame(path)
  }, 600_000)

  test('those answers do come from the model', async () => {
    await rewriteStoredAnswers((body) => body.replace(/^\{/, '{"marked":true,'))
    const published = (await app.request('/api/articles?limit=20&depth=1&sort=-publishedAt').then((r) => r.json())) as {
      docs: { id: number; slug: string; marked?: boolean }[]
    }
    expect(published.docs.length).toBeGreaterThan(10)
    expect(published.docs.every((doc) => doc.marked)).toBe(true)
    for (const locale of LOCALES) {
      const [{ id, slug }] = published.docs
      expect(await app.request(withLocale(`/api/articles/${id}?depth=1`, locale)).then((r) => r.json())).toMatchObject({
        marked: true,
      })
      expect(
        await app.request(withLocale(`/api/resolve?path=/articles/${slug}`, locale)).then((r) => r.json()),
      ).toMatchObject({
        doc: { marked: true },
      })
      expect(await app.request(listPath(7, 2, locale)).then((r) => r.json())).toMatchObject({
        docs: expect.arrayContaining([expect.objectContaining({ marked: true })]),
      })
    }
    // What the model does not hold goes to Payload.
    for (const path of [
      '/api/articles?limit=20&depth=2&sort=-publishedAt',
      '/api/articles?limit=20&depth=1&sort=-publishedAt&where[format][equals]=news',
      '/api/articles?limit=20&depth=1&sort=publishedAt',
      '/api/articles?limit=20&depth=1&sort=-publishedAt&select[title]=true',
      `/api/articles/${published.docs[0].id}`,
      `/api/resolve?path=/articles/${published.docs[0].slug}&depth=0`,
      '/api/articles?limit=20&depth=1&sort=-publishedAt&locale=de',
    ])
      expect(await app.request(path).then((r) => r.text())).not.toContain('"marked":true')
    await rebuildReadModel(app.payload)
  })
})

describe('the answers table read straight through SQL', () => {
  test('finds the rows db.find finds, in its order, with its pagination fields', async () => {
    const fields = ['key', 'body', 'tags', 'visibleFrom', 'staleAfter', 'pieceCollection', 'pieceId', 'publishedAt']
    const rowKey = { publishedAt: 'publishedAt', type: 'pieceCollection', id: 'pieceId' }
    const list = { list: { equals: listKey('articles', '', 1) } }
    const visible = { visibleFrom: { less_than_equal: new Date().toISOString() } }
    const feed = { list: { equals: feedListKey('') } }
    const queries: RowsQuery[] = [
      { where: { key: { equals: 'nothing' } }, limit: 2, pagination: false },
      { where: { and: [list, visible] }, sort: ['-publishedAt', '-pieceCreatedAt'], limit: 0, pagination: false },
      ...[1, 2, 4, 9].map((page) => ({
        where: { and: [list, visible] },
        sort: ['-publishedAt', '-pieceCreatedAt'],
        limit: 7,
        page,
        pagination: true,
      })),
      {
        where: { and: [feed, { pieceCollection: { in: ['guides', 'faqs'] } }] },
        sort: feedSort(rowKey),
        limit: 6,
        pagination: false,
      },
      {
        where: { and: [feed, after({ publishedAt: '2026-02-06T08:00:00.000Z', type: 'articles', id: '47' }, rowKey)] },
        sort: feedSort(rowKey),
        limit: 11,
        pagination: false,
      },
    ]
    const select = Object.fromEntries(fields.map((field) => [field, true as const]))
    for (const query of queries) {
      const direct = await sqlRows(app.payload, { ...query, limit: query.limit || 1000 }, fields)
      const { docs, ...envelope } = await app.payload.db.find<{ id: number | string; key: string }>({
        collection: 'public-answers',
        ...query,
        select,
        req: {} as never,
      })
      expect(direct).toBeDefined()
      const { docs: rows, ...pages } = direct!
      expect({ query, keys: rows.map((row) => row.key) }).toEqual({ query, keys: docs.map((doc) => doc.key) })
      expect(rows).toEqual(docs.map(({ id: _id, ...doc }) => doc))
      if (query.pagination) expect(pages).toEqual(envelope)
    }
  })
})

describe('GraphQL queries the model can answer', () => {
  const PAGE = 'totalDocs limit page totalPages hasNextPage hasPrevPage nextPage prevPage pagingCounter offset'
  // Every kind of field an article has but rich text and joins: scalars, enums, dates, arrays, groups, relations.
  const ARTICLE = `id __typename title standfirst format slug publishedAt embargoUntil embargoed territory audiences
    sponsored _status createdAt updatedAt byline { name id } sources { label url id }
    meta { title description image { id url alt } }
    heroImage { id alt caption credit url thumbnailURL filename mimeType filesize width height focalX focalY
      sizes { card { url width height } } }
    topics { id title slug description } authors { id name } sponsor { id } createdBy { id name }`
  const FRONT_PAGE =
    '{ Articles(limit: 20, sort: "-publishedAt") { docs { id title slug publishedAt heroImage { url alt } topics { title slug } } } }'
  const post = (query: string, variables?: object, accept?: string): RequestInit => ({
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(accept ? { accept } : {}) },
    body: JSON.stringify({ query, ...(variables ? { variables } : {}) }),
  })
  const ask = (query: string, variables?: object, accept?: string) =>
    reference.expectSame('/api/graphql', post(query, variables, accept))
  const pageQuery = (args: string) => `{ Articles(sort: "-publishedAt"${args}) { ${PAGE} docs { ${ARTICLE} } } }`
  const ALIASED = `query Latest($limit: Int, $page: Int) {
    latest: Articles(limit: $limit, page: $page, sort: "-publishedAt") { count: totalDocs docs { key: id headline: title } }
  }`
  /** Queries the model leaves to Payload: what it does not hold, or what Payload's resolvers read beyond it. */
  const NOT_ANSWERED = [
    FRONT_PAGE.replace('"-publishedAt"', '"-publishedAt", select: true'),
    '{ Articles(sort: "-publishedAt", where: { format: { equals: news } }) { docs { title } } }',
    '{ Articles(sort: "publishedAt") { docs { title } } }',
    '{ Articles(sort: "-publishedAt", limit: 101) { docs { title } } }',
    '{ Articles(sort: "-publishedAt", draft: true) { docs { title } } }',
    '{ Articles(sort: "-publishedAt") { docs { title body } } }',
    '{ Articles(sort: "-publishedAt") { docs { title dossiers { docs { title } } } } }',
    '{ Articles(sort: "-publishedAt") { docs { title topics(locale: en) { title } } } }',
    '{ Articles(sort: "-publishedAt") { docs { title heroImage { createdBy { name } } } } }',
    '{ Articles(sort: "-publishedAt") { docs { title @include(if: true) } } }',
    '{ Articles(sort: "-publishedAt") { docs { ...titles } } } fragment titles on Article { title }',
    '{ Articles(sort: "-publishedAt") { docs { title } } Topics { docs { title } } }',
    '{ Articles(sort: "-publishedAt") { docs { nothing } } }',
  ]

  test('pages and pieces in every locale, aliases, variables and media types, byte for byte', async () => {
    const articles = await allArticles()
    for (const locale of LOCALES) {
      const inLocale = locale ? `, locale: ${locale}` : ''
      for (const select of ['', ', select: true'])
        for (const [limit, pages] of [
          [7, 5],
          [20, 2],
        ])
          for (let page = 1; page <= pages; page++)
            await ask(pageQuery(`, limit: ${limit}, page: ${page}${inLocale}${select}`))
      for (const { id } of articles) await ask(`{ Article(id: ${id}${inLocale}) { ${ARTICLE} } }`)
    }
    await ask(pageQuery(''))
    await ask(FRONT_PAGE)
    await ask(FRONT_PAGE, undefined, 'application/graphql-response+json')
    await ask(ALIASED, { limit: 5, page: 2 })
    // Documents alone, uncounted on the first page, counted on the others.
    for (const page of [1, 3])
      await ask(`{ Articles(sort: "-publishedAt", limit: 7, page: ${page}) { docs { id title } } }`)
    for (const query of NOT_ANSWERED) await ask(query)
  }, 300_000)

  test('those answers do come from the model, and the others from Payload', async () => {
    await rewriteStoredAnswers((body) => body.replaceAll('"title":"', '"title":"MODEL '))
    const text = async (query: string, variables?: object, accept?: string) =>
      app.request('/api/graphql', post(query, variables, accept)).then((r) => r.text())
    const [{ id }] = await allArticles()
    for (const answered of [
      FRONT_PAGE,
      pageQuery(', limit: 7, page: 2, locale: en'),
      `{ Article(id: ${(await app.request(`/api/articles?limit=1&depth=0&sort=-publishedAt`).then((r) => r.json())).docs[0].id}) { title } }`,
    ])
      expect(await text(answered)).toContain('"MODEL ')
    expect(await text(ALIASED, { limit: 5, page: 1 })).toContain('"headline":"MODEL ')
    expect(await text(FRONT_PAGE, undefined, 'application/graphql-response+json')).toContain('"MODEL ')
    for (const query of [...NOT_ANSWERED, `{ Article(id: ${id}, draft: true) { title } }`])
      expect({ query, answer: await text(query) }).not.toEqual({ query, answer: expect.stringContaining('"MODEL ') })
    expect(await text(FRONT_PAGE, undefined, 'text/html')).not.toContain('"MODEL ')
    // A signed-in reader keeps Payload's pipeline, whatever the token turns out to be worth.
    const signedIn = post(FRONT_PAGE, undefined, 'application/json')
    const asEditor = { ...signedIn, headers: { ...signedIn.headers, authorization: 'JWT not-a-session' } }
    expect(await app.request('/api/graphql', asEditor).then((r) => r.text())).not.toContain('"MODEL ')
    const withQueryString = await app.request('/api/graphql?locale=en', post(FRONT_PAGE)).then((r) => r.text())
    expect(withQueryString).not.toContain('"MODEL ')
    await rebuildReadModel(app.payload)
  })
})

describe('a change refreshes the answers that show it, and only those', () => {
  const expectRefresh = (change: () => Promise<unknown>, affected: string[], unrelated: string[]) =>
    reference.expectRefresh(change, affected, unrelated)
  const articleUsing = async (where: Where) =>
    (
      await app.payload.find({
        collection: 'articles',
        where: { and: [{ _status: { equals: 'published' } }, where] },
        limit: 1,
        depth: 0,
        overrideAccess: false,
      })
    ).docs[0] as unknown as Article
  const views = (a: Article) => [
    ...LOCALES.map((locale) => withLocale(`/api/articles/${a.id}?depth=1`, locale)),
    ...LOCALES.map((locale) => withLocale(`/api/resolve?path=/articles/${a.slug}`, locale)),
  ]
  const LIST = listPath(50, 1)

  test('media alt', async () => {
    const using = await articleUsing({ heroImage: { equals: generated.media[0].id } })
    const other = await articleUsing({ heroImage: { equals: generated.media[1].id } })
    await expectRefresh(
      () =>
        app.payload.update({
          collection: 'media',
          id: generated.media[0].id,
          data: { alt: 'Nouvelle légende' },
          overrideAccess: true,
        }),
      [...views(using), LIST],
      views(other),
    )
  })

  const generatedArticle = async (i: number) => articleUsing({ title: { equals: `Article généré ${i}` } })

  test('topic rename', async () => {
    // Article i has topics i % 4 and (i + 1) % 4.
    const [using, other] = [await generatedArticle(3), await generatedArticle(4)]
    await expectRefresh(
      () =>
        app.payload.update({
          collection: 'topics',
          id: generated.topics[3].id,
          data: { title: 'Thème renommé' },
          overrideAccess: true,
        }),
      [...views(using), LIST],
      views(other),
    )
  })

  test('a piece that changes topics is refreshed by its new topic, no longer by its old one', async () => {
    // Article 9 has topics 1 and 2, article 8 topics 0 and 1, article 10 topics 2 and 3.
    const [moved, byOld, byNew] = [await generatedArticle(9), await generatedArticle(8), await generatedArticle(10)]
    const rename = (topic: number, title: string) => () =>
      app.payload.update({
        collection: 'topics',
        id: generated.topics[topic].id,
        data: { title },
        overrideAccess: true,
      })
    await expectRefresh(
      () =>
        app.payload.update({
          collection: 'articles',
          id: moved.id,
          data: { topics: [generated.topics[3].id] } as never,
          overrideAccess: true,
        }),
      views(moved),
      views(byNew),
    )
    const embedding = async (topic: number) =>
      (
        await app.payload.db.find<{ answer: string }>({
          collection: 'public-answer-deps',
          where: { tag: { equals: docTag('topics', generated.topics[topic].id) } },
          pagination: false,
          limit: 0,
          req: {} as never,
        })
      ).docs.map(({ answer }) => answer.split(':').slice(0, 2).join(':'))
    expect(await embedding(1)).not.toContain(`articles:${moved.id}`)
    expect(await embedding(3)).toContain(`articles:${moved.id}`)
    await expectRefresh(rename(1, 'Ancien thème renommé'), views(byOld), views(moved))
    await expectRefresh(rename(3, 'Nouveau thème renommé'), [...views(moved), ...views(byNew)], views(byOld))
  })

  test('author name: the public sees the byline written at publication, so nothing moves', async () => {
    const using = await articleUsing({ authors: { contains: generated.authors[2].id } })
    await expectRefresh(
      () =>
        app.payload.update({
          collection: 'users',
          id: generated.authors[2].id,
          data: { name: 'Autrice renommée' },
          overrideAccess: true,
        }),
      [],
      [...views(using), LIST],
    )
    for (const path of [...views(using), LIST]) await expectSame(path)
  })

  test('publish and unpublish', async () => {
    const editor = await demoUser(app.payload, 'editor')
    const other = await articleUsing({ title: { like: 'généré' } })
    let created!: Article
    await expectRefresh(
      async () => {
        created = (await app.payload.create({
          collection: 'articles',
          data: {
            title: 'Tout juste publié',
            format: 'news',
            heroImage: generated.media[2].id as number,
            ...PUBLISH,
            publishedAt: new Date(Date.UTC(2027, 0, 1)).toISOString(),
          },
          user: editor,
          overrideAccess: false,
        })) as unknown as Article
      },
      [LIST, listPath(7, 1, 'en')],
      views(other),
    )
    for (const path of views(created)) expect(await expectSame(path)).toContain('Tout juste publié')
    await expectRefresh(
      () =>
        app.payload.update({
          collection: 'articles',
          id: created.id,
          data: { _status: 'draft' },
          user: editor,
          overrideAccess: false,
        }),
      [...views(created), LIST],
      views(other),
    )
  })

  test('embargo end, on time, with no write', async () => {
    const embargoed = (
      await app.payload.find({
        collection: 'articles',
        where: { embargoUntil: { exists: true } },
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
    ).docs[0] as unknown as Article
    await expectRefresh(async () => advanceClock(4 * 86_400_000), [LIST, ...views(embargoed).slice(0, 1)], [])
    resetClock()
  })
})
