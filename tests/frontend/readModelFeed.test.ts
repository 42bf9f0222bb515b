import { advanceClock, resetClock } from '../../src/lib/clock'
import { TITLE_FIELD } from '../../src/lib/pieceFields'
import { SITE_TYPES } from '../../src/lib/sitePaths'
import { rebuildReadModel } from '../../src/readModel/build'
import { startTestApp, type TestApp } from '../helpers/app'
import { threeImages } from '../helpers/images'
import { startReference, type Reference } from '../helpers/referenceServer'
import { SAMPLES } from '../helpers/samples'
import { demoUser, PUBLISH } from '../helpers/users'

// The response cache is off: every answer is computed, from the model or by Payload.
let app: TestApp
let reference: Reference
let media: { id: number | string }[]

type Page = { items: { type: string; id: number | string; marked?: boolean }[]; next: string | null }
const VIEWS = ['', 'fr', 'en']
const feedPath = (query: Record<string, string> = {}) => {
  const search = new URLSearchParams(Object.entries(query).filter(([, value]) => value !== ''))
  return search.size ? `/api/feed?${search}` : '/api/feed'
}
const page = async (path: string) => (await app.request(path).then((r) => r.json())) as Page

/** Pieces of every type: drafts, embargoes, shared dates (and shared dates and types), English versions. */
async function generatePieces() {
  const { payload } = app
  const editor = await demoUser(payload, 'editor')
  const as = { user: editor, overrideAccess: false } as const
  media = await threeImages(payload, 'flux', 'Visuel', 500)
  const embargo = new Date(Date.now() + 3 * 86_400_000).toISOString()
  for (let i = 0; i < 32; i++) {
    const type = SITE_TYPES[i % SITE_TYPES.length]
    const data = {
      ...SAMPLES[type](`Flux ${i}`),
      // Six dates for 32 pieces: some share a date, some a date and a type.
      publishedAt: new Date(Date.UTC(2026, 3, 1 + (i % 6), 8)).toISOString(),
      ...(i % 4 === 3 ? {} : { meta: { image: media[i % 3].id } }),
      ...(i % 9 === 4 ? { embargoUntil: embargo } : {}),
    }
    if (i % 7 === 6) {
      await payload.create({ collection: type, data: data as never, draft: true, ...as })
      continue
    }
    const doc = await payload.create({ collection: type, data: { ...data, ...PUBLISH } as never, ...as })
    if (i % 3 === 0)
      await payload.update({
        collection: type,
        id: doc.id,
        locale: 'en',
        data: { [TITLE_FIELD[type] ?? 'title']: `English ${i}` } as never,
        ...as,
      })
  }
}

beforeAll(async () => {
  app = await startTestApp('readmodelfeed', { seed: 'content', env: { HTTP_CACHE: 'off' } })
  await generatePieces()
  await rebuildReadModel(app.payload)
  reference = await startReference(app)
}, 240_000)
afterAll(async () => {
  resetClock()
  await reference?.close()
  await app?.close()
})

/** Every page of a feed, following `next` to the end, each compared with Payload's. */
async function everyPage(query: Record<string, string>): Promise<number> {
  let [cursor, items] = ['', 0]
  for (let pages = 0; pages < 100; pages++) {
    const found = JSON.parse(await reference.expectSame(feedPath({ ...query, cursor }))) as Page
    items += found.items.length
    if (!found.next) return items
    cursor = found.next
  }
  throw new Error(`no end to ${feedPath(query)}`)
}

describe('the feed from the read model answers as Payload does', () => {
  test('every page, at two sizes, in every language, byte for byte', async () => {
    for (const locale of VIEWS)
      for (const limit of ['', '7']) {
        const items = await everyPage({ locale, limit })
        expect({ locale, limit, listed: items > 5 }).toEqual({ locale, limit, listed: true })
      }
  }, 300_000)

  test('by type, alone and with a language', async () => {
    for (const types of ['faqs,events', 'articles', 'press-releases', 'guides,dossiers,success-stories'])
      for (const locale of VIEWS) await everyPage({ types, locale, limit: '3' })
  }, 300_000)

  test('those answers do come from the model; filters, credentials and mistakes go to Payload', async () => {
    const rows = await app.payload.db.find<{ id: number | string; key: string; body?: string | null }>({
      collection: 'public-answers',
      where: { list: { like: 'feed:' } },
      pagination: false,
      limit: 0,
      req: {} as never,
    })
    for (const row of rows.docs)
      if (row.body?.startsWith('{'))
        await app.payload.db.updateOne({
          collection: 'public-answers',
          id: row.id,
          data: { body: row.body.replace(/^\{/, '{"marked":true,') },
          req: {} as never,
        })
    for (const locale of VIEWS) {
      const { items } = await page(feedPath({ locale, limit: '50', types: locale === 'fr' ? 'articles,faqs' : '' }))
      expect(items.length).toBeGreaterThan(3)
      expect(items.every((item) => item.marked)).toBe(true)
    }
    const editorToken = await app.login('editor@newsroom.test')
    const staff = (await app.request(feedPath({ limit: '50' }), { token: editorToken }).then((r) => r.json())) as Page
    expect(staff.items.some((item) => item.marked)).toBe(false)
    for (const query of [
      { topic: 'emploi' } as Record<string, string>,
      { audience: 'entrepreneurs' },
      { territory: 'bretagne' },
      { dossier: 'aucun' },
      { limit: '0' },
      { limit: '51' },
      { cursor: 'pas-un-curseur' },
      { locale: 'de' },
      { types: 'articles,nope' },
      { depth: '1' },
    ]) {
      const path = feedPath(query)
      expect({ path, marked: (await reference.expectSame(path)).includes('"marked":true') }).toEqual({
        path,
        marked: false,
      })
    }
    await reference.expectSame('/api/feed?limit=5&limit=6')
    await rebuildReadModel(app.payload)
  })
})

describe('a change refreshes the feed items that show it, and only those', () => {
  const newest = [feedPath({ limit: '5' }), feedPath({ limit: '5', locale: 'fr' })]
  /** A page that starts before the pieces the tests publish, and an answer that is not the feed. */
  const unrelatedTo = async (type: string) => {
    const { next } = await page(feedPath({ limit: '5' }))
    const { docs } = (await app.request('/api/articles?limit=1&depth=1&sort=-publishedAt').then((r) => r.json())) as {
      docs: { id: number }[]
    }
    const others = SITE_TYPES.filter((t) => t !== type).join(',')
    return [feedPath({ limit: '5', cursor: next! }), feedPath({ types: others }), `/api/articles/${docs[0].id}?depth=1`]
  }

  test('publishing and unpublishing a piece that is not an article', async () => {
    const editor = await demoUser(app.payload, 'editor')
    const unrelated = await unrelatedTo('guides')
    let id!: number | string
    await reference.expectRefresh(
      async () => {
        const guide = await app.payload.create({
          collection: 'guides',
          data: {
            ...SAMPLES.guides('Tout juste publiée'),
            ...PUBLISH,
            meta: { image: media[2].id },
            publishedAt: new Date(Date.UTC(2027, 0, 1)).toISOString(),
          } as never,
          user: editor,
          overrideAccess: false,
        })
        id = guide.id
      },
      [...newest, feedPath({ types: 'guides' })],
      unrelated,
    )
    expect((await page(newest[0])).items[0]).toMatchObject({ type: 'guides', id })
    await reference.expectRefresh(
      () =>
        app.payload.update({
          collection: 'guides',
          id,
          data: { _status: 'draft' },
          user: editor,
          overrideAccess: false,
        }),
      [...newest, feedPath({ types: 'guides' })],
      unrelated,
    )
  })

  test('media alt', async () => {
    // Success story i = 1 shows image 1; no FAQ shows it.
    await reference.expectRefresh(
      () =>
        app.payload.update({
          collection: 'media',
          id: media[1].id,
          data: { alt: 'Nouvelle légende' },
          overrideAccess: true,
        }),
      [feedPath({ types: 'success-stories' }), feedPath({ types: 'success-stories', locale: 'fr' })],
      [feedPath({ types: 'faqs' })],
    )
  })

  test('embargo end, on time, with no write', async () => {
    // Guide i = 4 is under embargo.
    const guides = feedPath({ types: 'guides' })
    const [guide] = (
      await app.payload.find({
        collection: 'guides',
        where: { title: { equals: 'Fiche Flux 4' } },
        depth: 0,
        overrideAccess: true,
      })
    ).docs
    await reference.expectRefresh(async () => advanceClock(4 * 86_400_000), [guides], [])
    // The read that found the row out of date had it rebuilt in the background: once it is, the model
    // answers again (and no rebuild is left running when the database goes).
    const rebuilt = async () =>
      (
        await app.payload.db.find<{ body?: string | null }>({
          collection: 'public-answers',
          where: { key: { equals: `guides:${guide.id}:feed:` } },
          limit: 1,
          req: {} as never,
        })
      ).docs[0]?.body
    for (let tries = 0; !(await rebuilt()); tries++) {
      expect(tries).toBeLessThan(100)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    expect(await rebuilt()).toContain('Fiche Flux 4')
    await reference.expectSame(guides)
    resetClock()
  })
})
