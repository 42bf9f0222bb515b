import type { PayloadRequest, Where } from 'payload'

import { encodeCursor, type FeedCursor } from '../lib/feedCursor'
import type { FeedQuery } from '../lib/feedParams'
import { SITE_TYPES } from '../lib/sitePaths'
import { toFeedItem, type FeedItem } from './feedItem'

export type FeedPage = { items: FeedItem[]; next: string | null }

/** A filter that names something that does not exist: reported as a bad parameter (worded at the edge). */
export class UnknownFilterError extends Error {
  constructor(
    readonly code: 'feedNoTopic' | 'feedNoDossier',
    readonly vars: { slugs: string },
  ) {
    super(`${code}: ${vars.slugs}`)
  }
}

/** The names of the feed's sort key, newest first, then type, then id (all descending), where it is stored. */
export type FeedKeyFields = { publishedAt: string; type: string; id: string }
const INDEX_KEY: FeedKeyFields = { publishedAt: 'publishedAt', type: 'docType', id: 'docId' }

/** Strictly after the cursor in the feed's order. */
export function after({ publishedAt, type, id }: FeedCursor, key: FeedKeyFields = INDEX_KEY): Where {
  const sameDate = { [key.publishedAt]: { equals: publishedAt } }
  return {
    or: [
      { [key.publishedAt]: { less_than: publishedAt } },
      { and: [sameDate, { [key.type]: { less_than: type } }] },
      { and: [sameDate, { [key.type]: { equals: type } }, { [key.id]: { less_than: id } }] },
    ],
  }
}

/** The feed's order on the fields that hold its key. */
export const feedSort = (key: FeedKeyFields = INDEX_KEY) => [`-${key.publishedAt}`, `-${key.type}`, `-${key.id}`]

/** The `next` of a page read one row beyond its limit: the last item's key when there are more. */
export function nextCursor<T>(rows: T[], limit: number, keyOf: (row: T) => FeedCursor): string | null {
  return rows.length > limit ? encodeCursor(keyOf(rows[limit - 1])) : null
}

/**
 * What any feed asks of the index: a date to sort on and, in a language, a title in it (a feed in a
 * language lists the pieces written in it, not the others through the fallback).
 */
export const listedIn = (locale: string | undefined): Where[] => [
  { publishedAt: { exists: true } },
  ...(locale ? [{ title: { exists: true } }] : []),
]

async function topicIds(req: PayloadRequest, slugs: string[]): Promise<(number | string)[]> {
  const { docs } = await req.payload.find({
    collection: 'topics',
    where: { slug: { in: slugs } },
    select: { slug: true },
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const missing = slugs.filter((slug) => !docs.some((t) => t.slug === slug))
  if (missing.length) throw new UnknownFilterError('feedNoTopic', { slugs: missing.join(', ') })
  return docs.map((t) => t.id)
}

/** The dossier's items as index constraints, one per type; the dossier must be readable by the caller. */
async function dossierItems(req: PayloadRequest, slug: string): Promise<Where> {
  const { docs } = await req.payload.find({
    collection: 'dossiers',
    where: { slug: { equals: slug } },
    select: { items: true },
    limit: 1,
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
  if (!docs[0]) throw new UnknownFilterError('feedNoDossier', { slugs: slug })
  const byType = new Map<string, string[]>()
  for (const item of docs[0].items ?? []) {
    const id = typeof item.value === 'object' ? item.value.id : item.value
    byType.set(item.relationTo, [...(byType.get(item.relationTo) ?? []), String(id)])
  }
  if (!byType.size) return { docId: { in: [] } }
  return {
    or: [...byType].map(([type, ids]): Where => ({ and: [{ docType: { equals: type } }, { docId: { in: ids } }] })),
  }
}

/**
 * Index rows in the feed's order, with what a card shows and its image, in `locale`, with the
 * caller's own read access: what the feed is made of, page by page or (for the read model) piece by piece.
 */
export function readFeedIndex(req: PayloadRequest, where: Where, limit: number, locale: string | undefined) {
  return req.payload.find({
    collection: 'search',
    where,
    sort: feedSort(),
    limit,
    pagination: false,
    depth: 1,
    // Not `doc`: the polymorphic reference would add a read of the relationship table for nothing.
    select: {
      title: true,
      slug: true,
      summary: true,
      publishedAt: true,
      image: true,
      sponsored: true,
      docType: true,
      docId: true,
    },
    // The file name is what the url is computed from.
    populate: {
      media: {
        alt: true,
        url: true,
        filename: true,
        mimeType: true,
        filesize: true,
        width: true,
        height: true,
        sizes: true,
      },
    },
    locale: locale as never,
    overrideAccess: false,
    user: req.user,
    req,
  })
}

export const feedIdType = (req: PayloadRequest) => (req.payload.db.defaultIDType === 'number' ? 'number' : 'text')

/**
 * One page of the unified feed, read from the index with the caller's own read access. One query
 * for the page and one for the images, whatever the types: the index already holds what a card shows.
 */
export async function findFeed(req: PayloadRequest, query: FeedQuery): Promise<FeedPage> {
  const and: Where[] = listedIn(query.locale)
  if (query.types.length < SITE_TYPES.length) and.push({ docType: { in: query.types } })
  if (query.topics.length) and.push({ topics: { in: await topicIds(req, query.topics) } })
  if (query.audiences.length) and.push({ audiences: { in: query.audiences } })
  if (query.territories.length) and.push({ territory: { in: query.territories } })
  if (query.dossier) and.push(await dossierItems(req, query.dossier))
  if (query.cursor) and.push(after(query.cursor))

  const { docs } = await readFeedIndex(req, { and }, query.limit + 1, query.locale ?? req.locale ?? undefined)
  const idType = feedIdType(req)
  const items = docs
    .slice(0, query.limit)
    .map((row) => toFeedItem(row, idType))
    .filter((item): item is FeedItem => item !== null)
  const next = nextCursor(docs, query.limit, (row) => ({
    publishedAt: row.publishedAt!,
    type: row.docType!,
    id: row.docId!,
  }))
  return { items, next }
}
