import { startTestApp, type TestApp } from '../helpers/app'
import { frontendFixtures, type Piece } from './fixtures'

type Item = {
  type: string
  id: number | string
  slug: string
  title: string
  summary: string | null
  image: unknown
  publishedAt: string
  sponsored: boolean
  path: string
}
type Page = { items: Item[]; next: string | null }
type Errors = { errors: { message: string }[] }

let app: TestApp
let fx: Awaited<ReturnType<typeof frontendFixtures>>
let editorToken: string

beforeAll(async () => {
  app = await startTestApp('feed', { seed: true })
  fx = await frontendFixtures(app.payload)
  editorToken = await app.login('editor@newsroom.test')
})
afterAll(() => app.close())

const feed = async (query = '', token?: string): Promise<Page> => {
  const response = await app.request(`/api/feed${query}`, { token })
  expect(response.status).toBe(200)
  return (await response.json()) as Page
}
const keys = (page: Page) => page.items.map((item) => `${item.type}:${item.id}`)
const key = (piece: Piece) => `${piece.type}:${piece.id}`

describe('GET /api/feed', () => {
  test('lists published pieces of every type, newest first, without drafts or embargoed ones', async () => {
    const { pieces } = fx
    expect(keys(await feed())).toEqual(
      [pieces.article, pieces.story, pieces.initiative, pieces.faq, pieces.guide, pieces.event, pieces.dossier].map(
        key,
      ),
    )
  })

  test('gives every item the same shape, with the image sizes, the sponsored flag and the site path', async () => {
    const [article] = (await feed('?types=articles')).items
    expect(article).toEqual({
      type: 'articles',
      id: fx.pieces.article.id,
      slug: 'article-relance',
      title: 'Article Relance',
      summary: 'Le plan de relance en bref.',
      image: {
        url: expect.stringMatching(/^\/api\/media\/file\/vitrine/),
        alt: 'Une vitrine',
        width: 1800,
        height: 1200,
        mimeType: 'image/jpeg',
        filesize: expect.any(Number),
        sizes: {
          thumbnail: {
            url: expect.stringContaining('vitrine-400x'),
            width: 400,
            height: 267,
            mimeType: 'image/webp',
            filesize: expect.any(Number),
          },
          card: {
            url: expect.any(String),
            width: 768,
            height: 512,
            mimeType: 'image/webp',
            filesize: expect.any(Number),
          },
          hero: {
            url: expect.any(String),
            width: 1600,
            height: 1067,
            mimeType: 'image/webp',
            filesize: expect.any(Number),
          },
          og: {
            url: expect.any(String),
            width: 1200,
            height: 630,
            mimeType: 'image/webp',
            filesize: expect.any(Number),
          },
        },
      },
      publishedAt: fx.pieces.article.publishedAt,
      sponsored: true,
      path: '/articles/article-relance',
    })
    const faq = (await feed('?types=faqs')).items[0]
    expect(faq).toMatchObject({
      type: 'faqs',
      title: 'Question Chomage ?',
      image: null,
      sponsored: false,
      path: `/faq/${fx.pieces.faq.slug}`,
    })
  })

  test.each([
    ['types=events,faqs', ['faq', 'event']],
    ['topic=emploi', ['story', 'faq']],
    ['topic=aides,emploi', ['article', 'story', 'faq']],
    ['audience=entrepreneurs', ['article', 'event']],
    ['territory=bretagne', ['article', 'story']],
    ['territory=normandie&audience=business-owners', ['initiative']],
    ['dossier=dossier-relance', ['article', 'faq']],
    ['dossier=dossier-relance&types=faqs', ['faq']],
  ] as const)('filters by %s', async (query, expected) => {
    const pieces = fx.pieces as Record<string, Piece>
    expect(keys(await feed(`?${query}`))).toEqual(expected.map((name) => key(pieces[name])))
  })

  test('in a language, lists the pieces written in it, in that language', async () => {
    const page = await feed('?locale=en')
    expect(page.items.map((item) => [item.title, item.summary])).toEqual([
      ['Recovery plan', 'The recovery plan in brief.'],
    ])
    expect((await feed('?locale=fr')).items).toHaveLength(7)
  })

  test('staff read it with their own access: the embargoed piece is there for an editor', async () => {
    expect(keys(await feed('', editorToken))).toContain(key(fx.embargoed))
    expect(keys(await feed(''))).not.toContain(key(fx.embargoed))
  })

  test.each([
    ['types=articles,posts', '« types » : posts inconnu'],
    ['audience=everyone', '« audience » : everyone inconnu'],
    ['territory=atlantis', '« territory » : atlantis inconnu'],
    ['locale=de', '« locale » doit être l’un de fr, en'],
    ['limit=0', '« limit » doit être un nombre entier de 1 à 50'],
    ['limit=abc', '« limit »'],
    ['cursor=garbage', '« cursor » ne vient pas de ce flux'],
    ['tpoic=aides', '« tpoic » n’est pas un paramètre du flux'],
    ['topic=unknown-topic', '« topic » : aucun thème unknown-topic'],
    ['dossier=nope', '« dossier » : aucun dossier publié nope'],
  ])('answers 400 naming the bad parameter: %s', async (query, message) => {
    const response = await app.request(`/api/feed?${query}`)
    expect(response.status).toBe(400)
    expect(((await response.json()) as Errors).errors.map((e) => e.message).join(' ')).toContain(message)
  })

  test('reports every bad parameter at once', async () => {
    const response = await app.request('/api/feed?audience=y&types=x&locale=xx')
    expect(((await response.json()) as Errors).errors).toHaveLength(3)
  })

  test('a limit out of the published range is refused at the edge, before the feed reads anything', async () => {
    const response = await app.request('/api/feed?limit=99&types=x')
    expect(response.status).toBe(400)
    const [refusal] = ((await response.json()) as { errors: { data: { errors: { path: string }[] } }[] }).errors
    expect(refusal.data.errors.map((e) => e.path)).toEqual(['limit'])
  })
})

describe('cursor pagination', () => {
  const walk = async (limit: number, token?: string) => {
    const seen: string[] = []
    let cursor: string | null = ''
    for (let pages = 0; cursor !== null && pages < 20; pages++) {
      const page = await feed(`?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`, token)
      seen.push(...keys(page))
      cursor = page.next
    }
    return seen
  }

  test('walks the whole feed once, in order, whatever the page size', async () => {
    const all = keys(await feed('?limit=50'))
    for (const size of [1, 2, 3, 7]) expect(await walk(size)).toEqual(all)
    expect((await feed('?limit=50')).next).toBeNull()
  })

  test('pages already handed out stay stable while new pieces are published', async () => {
    const first = await feed('?limit=3')
    const rest = keys(await feed(`?limit=50&cursor=${first.next}`))
    // Newer pieces go to the top and do not shift the following pages.
    await fx.publish('articles', 'Nouveau', 20)
    await fx.publish('events', 'Nouveau', 21)
    expect(keys(await feed(`?limit=50&cursor=${first.next}`))).toEqual(rest)
    // A piece dated the same second as the cursor's item, of a type sorting after it, follows it.
    const boundary = first.items[2]
    expect(boundary.type).toBe('initiatives')
    const tie = await fx.publish('guides', 'Egalite', 1, { publishedAt: boundary.publishedAt })
    expect(keys(await feed(`?limit=50&cursor=${first.next}`))).toEqual([key(tie), ...rest])
  })

  test('ties on the date are ordered by type, then id, both descending', async () => {
    const same = '2026-01-15T08:00:00.000Z'
    const a = await fx.publish('articles', 'TieA', 1, { publishedAt: same })
    const b = await fx.publish('articles', 'TieB', 1, { publishedAt: same })
    const e = await fx.publish('events', 'TieE', 1, { publishedAt: same })
    const page = (await feed('?limit=50')).items.filter((item) => item.publishedAt === same)
    expect(page.map((item) => `${item.type}:${item.id}`)).toEqual([key(e), key(b), key(a)])
    // Paging one at a time through the tie keeps that order.
    expect((await walk(1)).filter((k) => [key(a), key(b), key(e)].includes(k))).toEqual([key(e), key(b), key(a)])
  })
})
