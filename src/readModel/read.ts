import type { Payload, PayloadRequest, Where } from 'payload'

import { after, feedSort, nextCursor, type FeedKeyFields } from '../feed/findFeed'
import { now } from '../lib/clock'
import type { FeedQuery } from '../lib/feedParams'
import { ANSWERS, answerKey, FEED_TYPES, feedListKey, listKey, type AnswerRow } from './scope'
import { sqlRows, type Rows, type RowsQuery } from './sqlRows'

/** Stored answers, as JSON text, and the tags of what they read. */
export type Stored = { bodies: string[]; tags: string[] }

const NO_TRANSACTION = {} as PayloadRequest
const FIELDS = ['body', 'tags', 'visibleFrom', 'staleAfter', 'pieceCollection', 'pieceId', 'publishedAt'] as const
const SELECT = Object.fromEntries(FIELDS.map((field) => [field, true as const]))

/** Called with the rows found out of date: an embargo ended since they were built. */
export type OnStale = (rows: AnswerRow[]) => void

/**
 * A stored answer serves only while it is still what Payload would answer: built (not a piece
 * whose embargo has ended since), and no embargo on what it embeds has ended since.
 */
const current = (row: AnswerRow, at: string) =>
  typeof row.body === 'string' && !(row.staleAfter && row.staleAfter <= at)

const visibleAt = (at: string): Where => ({ visibleFrom: { less_than_equal: at } })

const tagsOf = (rows: AnswerRow[]) => rows.flatMap((row) => JSON.parse(row.tags ?? '[]') as string[])

/** The rows a query finds, through the SQL adapters directly where they are, else through `db.find`. */
const findRows = async (payload: Payload, query: RowsQuery): Promise<Rows> =>
  (await sqlRows(payload, query, FIELDS)) ??
  (await payload.db.find<AnswerRow>({ collection: ANSWERS, ...query, select: SELECT, req: NO_TRANSACTION }))

/** One piece by id or slug; undefined when the model cannot answer (Payload then does). */
export async function readPiece(
  payload: Payload,
  collection: string,
  by: { id: string } | { slug: string },
  locale: string,
  depth: number,
  onStale: OnStale,
): Promise<Stored | undefined> {
  const where: Where =
    'id' in by
      ? { key: { equals: answerKey(collection, by.id, locale, depth) } }
      : {
          and: [
            { slug: { equals: by.slug } },
            { pieceCollection: { equals: collection } },
            { locale: { equals: locale } },
            { depth: { equals: depth } },
          ],
        }
  const { docs } = await findRows(payload, { where, limit: 2, pagination: false })
  const at = now().toISOString()
  if (docs.length !== 1) return undefined
  if (!current(docs[0], at)) return void onStale(docs)
  return { bodies: [docs[0].body!], tags: tagsOf(docs) }
}

export type StoredPage = Stored & { envelope: Record<string, unknown> }

/**
 * A page of a collection's visible pieces, newest first (then by creation, as Payload breaks
 * ties), with the adapter's own pagination fields; without them (`counted: false`, first page
 * only) the count query is spared, for a reader that asks for the documents alone.
 */
export async function readNewest(
  payload: Payload,
  collection: string,
  locale: string,
  depth: number,
  limit: number,
  page: number,
  onStale: OnStale,
  counted = true,
): Promise<StoredPage | undefined> {
  const at = now().toISOString()
  // Uncounted, adapters differ on whether they skip to a later page: only the first is read so.
  const pagination = counted || page !== 1
  const { docs, ...envelope } = await findRows(payload, {
    where: { and: [{ list: { equals: listKey(collection, locale, depth) } }, visibleAt(at)] },
    sort: ['-publishedAt', '-pieceCreatedAt'],
    limit,
    page,
    pagination,
  })
  const stale = docs.filter((row) => !current(row, at))
  if (stale.length) return void onStale(stale)
  return { bodies: docs.map((row) => row.body!), tags: tagsOf(docs), envelope: pagination ? envelope : {} }
}

export type StoredFeed = Stored & { next: string | null }

// The feed's sort key as the model's rows hold it: the type and id are text, as in the index.
const ROW_KEY: FeedKeyFields = { publishedAt: 'publishedAt', type: 'pieceCollection', id: 'pieceId' }

/** A page of the feed (only its types, language and cursor), read as the feed reads the index. */
export async function readFeed(payload: Payload, query: FeedQuery, onStale: OnStale): Promise<StoredFeed | undefined> {
  const at = now().toISOString()
  const and: Where[] = [{ list: { equals: feedListKey(query.locale ?? '') } }, visibleAt(at)]
  if (query.types.length < FEED_TYPES.length) and.push({ pieceCollection: { in: query.types } })
  if (query.cursor) and.push(after(query.cursor, ROW_KEY))
  const { docs } = await findRows(payload, {
    where: { and },
    sort: feedSort(ROW_KEY),
    limit: query.limit + 1,
    pagination: false,
  })
  const stale = docs.filter((row) => !current(row, at))
  if (stale.length) return void onStale(stale)
  return {
    bodies: docs
      .slice(0, query.limit)
      .map((row) => row.body!)
      .filter((body) => body !== 'null'),
    tags: tagsOf(docs),
    next: nextCursor(docs, query.limit, (row) => ({
      publishedAt: row.publishedAt!,
      type: row.pieceCollection,
      id: row.pieceId,
    })),
  }
}
