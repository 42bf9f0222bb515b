import type { Where } from 'payload'

import { findFeed } from '../../feed/findFeed'
import type { FeedItem } from '../../feed/feedItem'
import { searchPieces, type SearchHits } from '../../feed/searchPieces'
import { locatedChambers } from '../../endpoints/locatedChambers'
import { toFeatureCollection } from '../../lib/geo'
import { SITE_TYPES, type SiteType } from '../../lib/sitePaths'
import type { FeedQuery } from '../../lib/feedParams'
import type { Dossier, Event, Faq, Guide, Topic } from '../../payload-types'
import type { SitemapEntry } from '../sitemapXml'
import { asReader, readerRequest, SITE_LOCALE } from './payload'
import { readablePaths } from './readablePaths'

export type Piece = Record<string, unknown> & { id: number | string; slug?: string | null }

/** Newest first across types, through the same index and filters as `GET /api/feed`. */
export async function latestItems(filter: Partial<FeedQuery> = {}, limit = 12): Promise<FeedItem[]> {
  const req = await readerRequest()
  const page = await findFeed(req, { types: SITE_TYPES, topics: [], audiences: [], territories: [], limit, ...filter })
  return page.items
}

export async function pieceBySlug(type: SiteType, slug: string): Promise<Piece | null> {
  const req = await readerRequest()
  const { docs } = await req.payload.find({ collection: type, where: { slug: { equals: slug } }, limit: 1, pagination: false, depth: 1, ...asReader(req) })
  return (docs[0] as unknown as Piece | undefined) ?? null
}

export async function dossiers(): Promise<Dossier[]> {
  const req = await readerRequest()
  const { docs } = await req.payload.find({ collection: 'dossiers', pagination: false, depth: 0, sort: 'title', select: { title: true, slug: true, phase: true, description: true }, ...asReader(req) })
  return docs as Dossier[]
}

export async function faqs(): Promise<Faq[]> {
  const req = await readerRequest()
  const { docs } = await req.payload.find({ collection: 'faqs', pagination: false, depth: 1, sort: ['order', 'question'], ...asReader(req) })
  return docs
}

export async function guides(): Promise<Guide[]> {
  const req = await readerRequest()
  const { docs } = await req.payload.find({ collection: 'guides', pagination: false, depth: 0, sort: 'title', select: { title: true, slug: true, lastReviewedAt: true, reviewDueAt: true }, ...asReader(req) })
  return docs as Guide[]
}

/** Upcoming events soonest first, then past ones that can be watched again, latest first. */
export async function events(now: Date): Promise<{ upcoming: Event[]; replays: Event[] }> {
  const req = await readerRequest()
  const find = (where: Where, sort: string) => req.payload.find({ collection: 'events', where, sort, pagination: false, depth: 1, ...asReader(req) })
  const [upcoming, replays] = await Promise.all([
    find({ endsAt: { greater_than_equal: now.toISOString() } }, 'startsAt'),
    find({ and: [{ endsAt: { less_than: now.toISOString() } }, { replayUrl: { exists: true } }] }, '-startsAt'),
  ])
  return { upcoming: upcoming.docs, replays: replays.docs.filter((event) => event.replayUrl) }
}

export async function topics(): Promise<Topic[]> {
  const req = await readerRequest()
  const { docs } = await req.payload.find({ collection: 'topics', pagination: false, depth: 0, sort: 'title', ...asReader(req) })
  return docs
}

export async function topicBySlug(slug: string): Promise<Topic | null> {
  const req = await readerRequest()
  const { docs } = await req.payload.find({ collection: 'topics', where: { slug: { equals: slug } }, limit: 1, pagination: false, depth: 0, ...asReader(req) })
  return docs[0] ?? null
}

/** The map's points: the same shape as `GET /api/chambers/geojson`. */
export async function chamberFeatures() {
  const req = await readerRequest()
  const chambers = await locatedChambers(req, ['name', 'kind', 'city', 'region', 'departmentCode', 'phone', 'email', 'website', 'crisisHotline'])
  return toFeatureCollection(
    chambers.map(({ latitude, longitude, ...c }) => ({
      latitude,
      longitude,
      properties: { id: c.id, name: c.name, kind: c.kind, city: c.city ?? null, region: c.region ?? null, departmentCode: c.departmentCode ?? null, phone: c.phone ?? null, email: c.email ?? null, website: c.website ?? null, hotline: c.crisisHotline ?? null },
    })),
  ).features
}

export async function search(q: string, page: number): Promise<SearchHits> {
  const req = await readerRequest()
  return searchPieces(req, { q, limit: 20, page })
}

/** Every piece a reader can open, with its last change: what search engines are told about. */
export async function publishedPaths(): Promise<SitemapEntry[]> {
  return readablePaths(await readerRequest(), SITE_LOCALE)
}
