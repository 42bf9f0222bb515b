/**
 * RSS 2.0 and Atom 1.0 documents from feed items: pure functions, so the escaping and the date
 * formats, the things feed readers are strict about, are tested on their own.
 */
export type SyndicationEntry = {
  id: string
  title: string
  link: string
  summary: string | null
  publishedAt: string
  category: string
  image?: { url: string; type: string; length: number } | null
}

export type SyndicationFeed = {
  title: string
  description: string
  /** The page the feed stands for on the public site. */
  link: string
  /** The feed's own address. */
  self: string
  language: string
  entries: SyndicationEntry[]
}

// Characters XML 1.0 forbids outright; they would make the whole feed unreadable.
// eslint-disable-next-line no-control-regex -- the control characters XML 1.0 forbids are what this removes
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g

export function xmlEscape(value: string): string {
  return value
    .replace(FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const pad = (n: number) => String(n).padStart(2, '0')

/** RFC 822 (as RSS 2.0 requires, with a four-digit year): `Tue, 10 Mar 2026 09:00:00 GMT`. */
export function rfc822(date: Date): string {
  return `${DAYS[date.getUTCDay()]}, ${pad(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} GMT`
}

/** RFC 3339, as Atom requires: `2026-03-10T09:00:00Z`. */
export function rfc3339(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

// A feed without entries still needs a date; a fixed one keeps its bytes, and so its ETag, stable.
const newest = (feed: SyndicationFeed) => new Date(feed.entries[0]?.publishedAt ?? 0)

const tag = (name: string, value: string, attributes = '') => `<${name}${attributes}>${xmlEscape(value)}</${name}>`

export function rss(feed: SyndicationFeed): string {
  const items = feed.entries.map((entry) =>
    [
      '<item>',
      tag('title', entry.title),
      tag('link', entry.link),
      tag('guid', entry.id, ' isPermaLink="false"'),
      tag('pubDate', rfc822(new Date(entry.publishedAt))),
      tag('category', entry.category),
      entry.summary ? tag('description', entry.summary) : '',
      entry.image
        ? `<enclosure url="${xmlEscape(entry.image.url)}" type="${xmlEscape(entry.image.type)}" length="${entry.image.length}"/>`
        : '',
      '</item>',
    ].join(''),
  )
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>',
    tag('title', feed.title),
    tag('link', feed.link),
    tag('description', feed.description),
    tag('language', feed.language),
    tag('lastBuildDate', rfc822(newest(feed))),
    `<atom:link href="${xmlEscape(feed.self)}" rel="self" type="application/rss+xml"/>`,
    ...items,
    '</channel></rss>',
    '',
  ].join('\n')
}

export function atom(feed: SyndicationFeed): string {
  const entries = feed.entries.map((entry) =>
    [
      '<entry>',
      tag('id', entry.id),
      tag('title', entry.title, ' type="text"'),
      `<link rel="alternate" type="text/html" href="${xmlEscape(entry.link)}"/>`,
      tag('published', rfc3339(new Date(entry.publishedAt))),
      tag('updated', rfc3339(new Date(entry.publishedAt))),
      `<category term="${xmlEscape(entry.category)}"/>`,
      entry.summary ? tag('summary', entry.summary, ' type="text"') : '',
      entry.image
        ? `<link rel="enclosure" type="${xmlEscape(entry.image.type)}" length="${entry.image.length}" href="${xmlEscape(entry.image.url)}"/>`
        : '',
      '</entry>',
    ].join(''),
  )
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlEscape(feed.language)}">`,
    tag('id', feed.self),
    tag('title', feed.title, ' type="text"'),
    tag('subtitle', feed.description, ' type="text"'),
    tag('updated', rfc3339(newest(feed))),
    `<link rel="self" type="application/atom+xml" href="${xmlEscape(feed.self)}"/>`,
    `<link rel="alternate" type="text/html" href="${xmlEscape(feed.link)}"/>`,
    '<author><name>Newsroom</name></author>',
    ...entries,
    '</feed>',
    '',
  ].join('\n')
}
