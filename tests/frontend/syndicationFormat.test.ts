import { XMLParser, XMLValidator } from 'fast-xml-parser'

import { atom, rfc3339, rfc822, rss, xmlEscape, type SyndicationFeed } from '../../src/lib/syndication'

const tricky = 'Prêts & aides : <les> "questions" d\'avril\u0007'
const feed: SyndicationFeed = {
  title: tricky,
  description: 'Tout & rien',
  link: 'https://site.example/',
  self: 'https://api.example/feeds/articles.xml?locale=fr&x=1',
  language: 'fr',
  entries: [
    {
      id: 'https://site.example/articles/a',
      title: tricky,
      link: 'https://site.example/articles/a?x=1&y=2',
      summary: '<b>gras</b>',
      publishedAt: '2026-03-05T07:08:09.123Z',
      category: 'Articles',
      image: { url: 'https://api.example/i.webp?a=1&b=2', type: 'image/webp', length: 1234 },
    },
    {
      id: 'https://site.example/faq/b',
      title: 'B',
      link: 'https://site.example/faq/b',
      summary: null,
      publishedAt: '2026-02-01T00:00:00.000Z',
      category: 'FAQ',
    },
  ],
}
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
})
const clean = tricky.replace('\u0007', '')

describe('dates', () => {
  test('RFC 822 with a four-digit year and GMT, as RSS 2.0 wants', () => {
    expect(rfc822(new Date('2026-03-05T07:08:09.123Z'))).toBe('Thu, 05 Mar 2026 07:08:09 GMT')
  })
  test('RFC 3339 in UTC, as Atom wants', () => {
    expect(rfc3339(new Date('2026-03-05T07:08:09.123Z'))).toBe('2026-03-05T07:08:09Z')
  })
})

describe('escaping', () => {
  test('escapes markup characters and drops those XML forbids', () => {
    expect(xmlEscape('a & <b> "c" \'d\' \u0000\u001f')).toBe('a &amp; &lt;b&gt; &quot;c&quot; &apos;d&apos; ')
  })
})

describe('RSS 2.0', () => {
  const xml = rss(feed)
  const { channel } = parser.parse(xml).rss

  test('is well-formed, with the channel and item elements RSS 2.0 requires', () => {
    expect(XMLValidator.validate(xml)).toBe(true)
    expect(parser.parse(xml).rss['@version']).toBe('2.0')
    expect(channel).toMatchObject({ title: clean, description: 'Tout & rien', language: 'fr' })
    expect(channel.link[0]).toBe('https://site.example/')
    expect(channel['atom:link']['@href']).toBe(feed.self)
    expect(channel.item).toHaveLength(2)
    for (const item of channel.item) {
      for (const element of ['title', 'link', 'guid', 'pubDate']) expect(item[element]).toBeDefined()
    }
  })

  test('gives text back unchanged after parsing, markup included', () => {
    const [first, second] = channel.item
    expect(first.title).toBe(clean)
    expect(first.link[0]).toBe('https://site.example/articles/a?x=1&y=2')
    expect(first.description).toBe('<b>gras</b>')
    expect(first.enclosure).toMatchObject({
      '@url': 'https://api.example/i.webp?a=1&b=2',
      '@type': 'image/webp',
      '@length': '1234',
    })
    expect(second.description).toBeUndefined()
  })

  test('dates are RFC 822; the build date is the newest item, so the bytes only change with the content', () => {
    expect(channel.item[0].pubDate).toBe('Thu, 05 Mar 2026 07:08:09 GMT')
    expect(channel.lastBuildDate).toBe('Thu, 05 Mar 2026 07:08:09 GMT')
    expect(rss(feed)).toBe(xml)
  })
})

describe('Atom 1.0', () => {
  const xml = atom(feed)
  const doc = parser.parse(xml).feed

  test('is well-formed, with the feed and entry elements Atom requires', () => {
    expect(XMLValidator.validate(xml)).toBe(true)
    expect(doc['@xmlns']).toBe('http://www.w3.org/2005/Atom')
    expect(doc.id).toBe(feed.self)
    expect(doc.title['#text']).toBe(clean)
    expect(doc.author.name).toBe('Newsroom')
    expect(doc.link.map((l: Record<string, string>) => l['@rel'])).toEqual(['self', 'alternate'])
    for (const entry of doc.entry) {
      for (const element of ['id', 'title', 'updated', 'link']) expect(entry[element]).toBeDefined()
    }
  })

  test('gives text back unchanged and dates in RFC 3339', () => {
    const [first] = doc.entry
    expect(first.title['#text']).toBe(clean)
    expect(first.summary['#text']).toBe('<b>gras</b>')
    expect(first.link[0]['@href']).toBe('https://site.example/articles/a?x=1&y=2')
    expect(first.link[1]).toMatchObject({ '@rel': 'enclosure', '@href': 'https://api.example/i.webp?a=1&b=2' })
    expect(first.updated).toBe('2026-03-05T07:08:09Z')
    expect(doc.updated).toBe('2026-03-05T07:08:09Z')
  })

  test('an empty feed is still valid, dated the epoch', () => {
    const empty = atom({ ...feed, entries: [] })
    expect(XMLValidator.validate(empty)).toBe(true)
    expect(parser.parse(empty).feed.updated).toBe('1970-01-01T00:00:00Z')
  })
})
