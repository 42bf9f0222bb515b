import { createPayloadRequest, type CollectionSlug, type PayloadRequest, type SanitizedConfig } from 'payload'

import { findFeed } from '../feed/findFeed'
import { say, translatorFor } from '../i18n/translate'
import type { FeedItem } from '../feed/feedItem'
import { FEED_MAX_LIMIT } from '../lib/feedParams'
import { isSiteType, SITE_TYPES, type SiteType } from '../lib/sitePaths'
import { atom, rss, type SyndicationEntry, type SyndicationFeed } from '../lib/syndication'

const FORMATS = {
  xml: { build: rss, type: 'application/rss+xml' },
  atom: { build: atom, type: 'application/atom+xml' },
} as const
type Format = keyof typeof FORMATS

const DESCRIPTION: Record<string, (what: string) => string> = {
  fr: (what) => `Les dernières publications de la rédaction : ${what}.`,
  en: (what) => `The newsroom's latest: ${what}.`,
}

/** `/feeds/<type>.xml|atom` (`all` for every type) or `/feeds/topics/<slug>.xml|atom`. */
function parseFeedPath(pathname: string): { format: Format; type?: SiteType | 'all'; topic?: string } | null {
  const match = /^\/feeds\/(?:(topics)\/)?([a-z0-9-]+)\.(xml|atom)$/.exec(pathname)
  if (!match) return null
  const [, topics, name, format] = match
  if (topics) return { format: format as Format, topic: name }
  if (name !== 'all' && !isSiteType(name)) return null
  return { format: format as Format, type: name }
}

const label = (req: PayloadRequest, slug: string, locale: string) => {
  const plural = req.payload.collections[slug as CollectionSlug]?.config.labels.plural
  return typeof plural === 'object' ? String((plural as Record<string, string>)[locale] ?? slug) : slug
}

const absolute = (url: string, origin: string) => new URL(url, origin).toString()

function entry(item: FeedItem, siteUrl: string, apiOrigin: string, category: string): SyndicationEntry {
  const card = item.image?.sizes.card ?? item.image
  return {
    id: absolute(item.path, siteUrl),
    title: item.title,
    link: absolute(item.path, siteUrl),
    summary: item.summary,
    publishedAt: item.publishedAt,
    category,
    image:
      card?.url && card.mimeType && card.filesize
        ? { url: absolute(card.url, apiOrigin), type: card.mimeType, length: card.filesize }
        : null,
  }
}

/**
 * RSS and Atom copies of the feed, for partner chambers to relay: the latest published pieces of a
 * type or a topic, read with the caller's own access like every other public read.
 */
export function syndicationHandler(config: Promise<SanitizedConfig>) {
  return async (request: Request): Promise<Response> => {
    const url = new URL(request.url)
    const target = parseFeedPath(url.pathname)
    const notFound = (message: string) =>
      new Response(`${message}\n`, { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })
    if (!target) {
      const t = await translatorFor(await config, request.headers)
      return notFound(say(t, 'noFeedAt', { path: url.pathname }))
    }
    const req = await createPayloadRequest({ config, request })
    const locales = req.payload.config.localization ? req.payload.config.localization.localeCodes : ['fr']
    const locale = url.searchParams.get('locale') ?? locales[0]
    if (!locales.includes(locale))
      return new Response(`${say(req.t, 'feedBadLocale', { known: locales.join(', ') })}\n`, { status: 400 })
    req.locale = locale as PayloadRequest['locale']

    let what: string
    let topics: string[] = []
    if (target.topic) {
      const { docs } = await req.payload.find({
        collection: 'topics',
        where: { slug: { equals: target.topic } },
        limit: 1,
        pagination: false,
        depth: 0,
        locale: locale as never,
        overrideAccess: false,
        user: req.user,
        req,
      })
      if (!docs[0]) return notFound(say(req.t, 'noFeedTopic', { slug: target.topic }))
      what = docs[0].title
      topics = [target.topic]
    } else {
      what =
        target.type === 'all'
          ? SITE_TYPES.map((type) => label(req, type, locale)).join(', ')
          : label(req, target.type!, locale)
    }
    const types = target.type && target.type !== 'all' ? [target.type] : [...SITE_TYPES]
    const page = await findFeed(req, {
      types,
      topics,
      audiences: [],
      territories: [],
      limit: FEED_MAX_LIMIT,
      locale: url.searchParams.has('locale') ? locale : undefined,
    })

    const apiOrigin = req.payload.config.serverURL || url.origin
    const siteUrl = process.env.SITE_URL || apiOrigin
    const feed: SyndicationFeed = {
      title: `Newsroom · ${what}`,
      description: (DESCRIPTION[locale] ?? DESCRIPTION.fr)(what),
      link: siteUrl,
      self: absolute(url.pathname + url.search, apiOrigin),
      language: locale,
      entries: page.items.map((item) => entry(item, siteUrl, apiOrigin, label(req, item.type, locale))),
    }
    const format = FORMATS[target.format]
    return new Response(format.build(feed), { headers: { 'content-type': `${format.type}; charset=utf-8` } })
  }
}
