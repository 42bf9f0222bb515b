import { XMLParser, XMLValidator } from 'fast-xml-parser'

import { SITE_TYPES } from '../../src/lib/sitePaths'
import { startTestApp, type TestApp } from '../helpers/app'
import { frontendFixtures } from './fixtures'

let app: TestApp
let fx: Awaited<ReturnType<typeof frontendFixtures>>
const SITE = 'https://www.newsroom.example'
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  isArray: (name) => ['item', 'entry', 'link'].includes(name),
})

beforeAll(async () => {
  app = await startTestApp('syndication', { seed: true, env: { SITE_URL: SITE } })
  fx = await frontendFixtures(app.payload)
})
afterAll(() => app.close())

async function fetchFeed(path: string) {
  const response = await app.request(path)
  const xml = await response.text()
  return { response, xml, doc: response.ok ? parser.parse(xml) : undefined }
}

describe('RSS 2.0 per type', () => {
  // The fixtures have one piece of each type but releases, whose feeds tests/pressRoom/pressPublic.test.ts reads.
  const TYPES = SITE_TYPES.filter((type) => type !== 'press-releases')
  test.each([...TYPES, 'all'])('/feeds/%s.xml is a valid RSS channel of published pieces', async (type) => {
    const { response, xml, doc } = await fetchFeed(`/feeds/${type}.xml`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8')
    expect(XMLValidator.validate(xml)).toBe(true)
    const items = doc.rss.channel.item ?? []
    expect(items.length).toBe(type === 'all' ? 7 : 1)
    for (const item of items) {
      expect(item.pubDate).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/)
      expect(item.link[0]).toMatch(new RegExp(`^${SITE}/`))
    }
  })

  test('an article item links to its site path and carries its image as an enclosure', async () => {
    const { doc } = await fetchFeed('/feeds/articles.xml')
    const [item] = doc.rss.channel.item
    expect(item).toMatchObject({
      title: 'Article Relance',
      description: 'Le plan de relance en bref.',
      pubDate: 'Tue, 10 Mar 2026 09:00:00 GMT',
      category: 'Articles',
    })
    expect(item.link[0]).toBe(`${SITE}/articles/article-relance`)
    expect(item.enclosure['@url']).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/media\/file\/vitrine-768x/)
    expect(item.enclosure['@type']).toBe('image/webp')
    expect(Number(item.enclosure['@length'])).toBeGreaterThan(0)
  })

  test('drafts and embargoed pieces stay out', async () => {
    const { xml } = await fetchFeed('/feeds/articles.xml')
    expect(xml).not.toContain('Article brouillon')
    expect(xml).not.toContain('Article Embargo')
  })
})

describe('Atom per topic', () => {
  test('/feeds/topics/<slug>.atom is a valid Atom feed of the topic’s pieces, dated in RFC 3339', async () => {
    const { response, xml, doc } = await fetchFeed('/feeds/topics/emploi.atom')
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
    expect(XMLValidator.validate(xml)).toBe(true)
    expect(doc.feed.title['#text']).toBe('Newsroom · Emploi')
    expect(doc.feed.entry.map((e: { link: { '@href': string }[] }) => e.link[0]['@href'])).toEqual([
      `${SITE}/success-stories/${fx.pieces.story.slug}`,
      `${SITE}/faq/${fx.pieces.faq.slug}`,
    ])
    for (const entry of doc.feed.entry) expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
  })

  test('the symmetric formats exist: RSS per topic and Atom per type', async () => {
    expect(XMLValidator.validate((await fetchFeed('/feeds/topics/aides.xml')).xml)).toBe(true)
    const { doc } = await fetchFeed('/feeds/events.atom')
    expect(doc.feed.entry).toHaveLength(1)
  })

  test('in English, only what is written in English', async () => {
    const { doc } = await fetchFeed('/feeds/all.atom?locale=en')
    expect(doc.feed['@xml:lang']).toBe('en')
    expect(doc.feed.entry.map((e: { title: { '#text': string } }) => e.title['#text'])).toEqual(['Recovery plan'])
  })
})

describe('unknown feeds', () => {
  test.each(['/feeds/posts.xml', '/feeds/articles.json', '/feeds/topics/nothing.xml', '/feeds/'])(
    '%s is a 404',
    async (path) => {
      expect((await app.request(path)).status).toBe(404)
    },
  )

  test('an unknown locale is a 400', async () => {
    expect((await app.request('/feeds/articles.xml?locale=de')).status).toBe(400)
  })
})
