import { createHash } from 'node:crypto'
import { createLocalReq, type CollectionSlug, type Payload, type PayloadRequest } from 'payload'

import { docTag, recordingReads } from '../cache/readTags'
import { now } from '../lib/clock'
import { CONTENT } from '../lib/permissions'
import { isPublicCollection } from '../lib/publicCollections'
import { ANSWERS, answerKey, DEPS, listKey, MODEL_COLLECTIONS, MODEL_DEPTHS } from './scope'

type TransactionID = number | string | undefined
type Piece = { id: number | string; slug?: string | null; publishedAt?: string | null; createdAt?: string }

const READY_KEY = 'read-model:ready'
const REBUILD_BATCH = 200
const READY_RECHECK_MS = 10_000
const NO_TRANSACTION = {} as PayloadRequest
const writer = (payload: Payload, transactionID: TransactionID) => ({ payload, transactionID }) as PayloadRequest

/**
 * What the stored answers were computed with: the shape of every collection an anonymous reader
 * may see. A deployment that changes it serves through Payload until the model is rebuilt.
 */
export function modelFingerprint(payload: Payload): string {
  const shapes = payload.config.collections
    .filter((c) => isPublicCollection(c.slug))
    .map((c) => [
      c.slug,
      JSON.stringify(c.flattenedFields.map((f) => [f.name, f.type, 'localized' in f && f.localized])),
    ])
  return createHash('sha1').update(JSON.stringify(shapes)).digest('base64url')
}

/** Whether the model holds every published piece, for this code's collection shapes. */
export async function modelReady(payload: Payload, req?: PayloadRequest): Promise<boolean> {
  // Inside a transaction the marker is read on the transaction's own connection: asking the pool for
  // another, while concurrent writes to the same piece hold the rest waiting on this one's lock,
  // would never be answered.
  const marker = (
    req?.transactionID
      ? ((
          await payload.db.findOne<{ id: number | string; data: unknown }>({
            collection: 'payload-kv',
            where: { key: { equals: READY_KEY } },
            req,
          })
        )?.data ?? null)
      : await payload.kv.get(READY_KEY)
  ) as { fingerprint?: string } | null
  return marker?.fingerprint === modelFingerprint(payload)
}

const known = new WeakMap<Payload, { ready: boolean; at: number }>()

/**
 * `modelReady`, remembered: once built, the model stays so (a rebuild is a deployment step, run
 * before the servers start); while it is not, another process may build it, so it is asked again
 * after a while.
 */
export async function modelServes(payload: Payload): Promise<boolean> {
  const state = known.get(payload)
  if (state && (state.ready || Date.now() - state.at < READY_RECHECK_MS)) return state.ready
  const ready = await modelReady(payload).catch(() => false)
  known.set(payload, { ready, at: Date.now() })
  return ready
}

const localesOf = (payload: Payload): string[] =>
  payload.config.localization ? payload.config.localization.localeCodes : ['']

/** The ends of running embargoes on the content an answer embeds (its tags), earliest first. */
async function nextEmbargoEnd(payload: Payload, req: PayloadRequest, tags: Iterable<string>): Promise<string | null> {
  const ids = new Map<string, string[]>()
  for (const tag of tags) {
    const [kind, collection, id] = tag.split(':')
    if (kind === 'doc' && (CONTENT as readonly string[]).includes(collection))
      ids.set(collection, [...(ids.get(collection) ?? []), id])
  }
  const at = now().toISOString()
  const ends = await Promise.all(
    [...ids].map(async ([collection, list]) => {
      const { docs } = await payload.find({
        collection: collection as CollectionSlug,
        where: { and: [{ id: { in: list } }, { embargoUntil: { greater_than: at } }] },
        sort: 'embargoUntil',
        limit: 1,
        depth: 0,
        select: { embargoUntil: true },
        overrideAccess: true,
        req,
      })
      return (docs[0] as { embargoUntil?: string } | undefined)?.embargoUntil ?? null
    }),
  )
  return ends.filter((end): end is string => Boolean(end)).sort()[0] ?? null
}

/** Where a piece's row stands in the model, whether it holds an answer or waits for an embargo to end. */
const rowOf = (collection: string, id: number | string, locale: string, depth: number, piece: Piece) => ({
  pieceCollection: collection,
  pieceId: String(id),
  slug: piece.slug ?? null,
  locale,
  depth,
  list: listKey(collection, locale, depth),
  publishedAt: piece.publishedAt ?? null,
  pieceCreatedAt: piece.createdAt ?? null,
})

async function replaceRow(
  payload: Payload,
  req: PayloadRequest,
  key: string,
  data: Record<string, unknown> | null,
  tags: string[],
): Promise<void> {
  await payload.db.deleteMany({ collection: DEPS, where: { answer: { equals: key } }, req })
  await payload.db.deleteMany({ collection: ANSWERS, where: { key: { equals: key } }, req })
  if (!data) return
  await payload.db.create({ collection: ANSWERS, data: { key, ...data }, req })
  for (const tag of tags) await payload.db.create({ collection: DEPS, data: { tag, answer: key }, req })
}

/**
 * Computes and stores the anonymous answers for one piece, in every locale and held depth, with
 * Payload's own pipeline (so they are what Payload would answer), in the given transaction.
 */
export async function buildPiece(
  payload: Payload,
  transactionID: TransactionID,
  collection: string,
  id: number | string,
): Promise<void> {
  const req = writer(payload, transactionID)
  for (const locale of localesOf(payload))
    for (const depth of MODEL_DEPTHS) {
      const key = answerKey(collection, id, locale, depth)
      const reader = await createLocalReq({ locale: locale || undefined, context: {} }, payload)
      reader.transactionID = transactionID
      const tags = new Set<string>()
      const { docs } = await recordingReads(tags, () =>
        payload.find({
          collection: collection as CollectionSlug,
          where: { id: { equals: id } },
          depth,
          limit: 1,
          pagination: false,
          overrideAccess: false,
          user: null,
          req: reader,
        }),
      )
      const doc = docs[0] as Piece | undefined
      if (doc) {
        tags.add(docTag(collection, id))
        await replaceRow(
          payload,
          req,
          key,
          {
            ...rowOf(collection, id, locale, depth, doc),
            visibleFrom: null,
            staleAfter: await nextEmbargoEnd(payload, req, tags),
            body: JSON.stringify(doc),
            tags: JSON.stringify([...tags]),
          },
          [...tags],
        )
        continue
      }
      // Hidden from the public: kept as a row without answer while an embargo runs, so that the
      // model knows the piece joins its lists when the embargo ends.
      const embargoed = await payload.find({
        collection: collection as CollectionSlug,
        where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
        depth: 0,
        limit: 1,
        pagination: false,
        select: { slug: true, publishedAt: true, createdAt: true, embargoUntil: true },
        overrideAccess: true,
        req,
      })
      const hidden = embargoed.docs[0] as (Piece & { embargoUntil?: string | null }) | undefined
      await replaceRow(
        payload,
        req,
        key,
        hidden?.embargoUntil && hidden.embargoUntil > now().toISOString()
          ? {
              ...rowOf(collection, id, locale, depth, hidden),
              visibleFrom: hidden.embargoUntil,
              body: null,
              tags: JSON.stringify([docTag(collection, id)]),
            }
          : null,
        [docTag(collection, id)],
      )
    }
}

/**
 * A committed change with these tags: rebuilds the pieces it names and the answers that embed
 * what it names, in its transaction. Nothing is kept up to date before the model is first built.
 */
export async function refreshReadModel(payload: Payload, transactionID: TransactionID, tags: string[]): Promise<void> {
  const req = writer(payload, transactionID)
  if (!(await modelReady(payload, req))) return
  const pieces = new Map<string, [string, string]>()
  for (const tag of tags) {
    const [kind, collection, ...rest] = tag.split(':')
    if (kind === 'doc' && MODEL_COLLECTIONS.includes(collection))
      pieces.set(`${collection}:${rest.join(':')}`, [collection, rest.join(':')])
  }
  const { docs } = await payload.db.find<{ answer: string }>({
    collection: DEPS,
    where: { tag: { in: tags } },
    pagination: false,
    limit: 0,
    req,
  })
  for (const { answer } of docs) {
    const [collection, id] = answer.split(':')
    pieces.set(`${collection}:${id}`, [collection, id])
  }
  const numeric = payload.db.defaultIDType === 'number'
  for (const [collection, id] of pieces.values())
    await buildPiece(payload, transactionID, collection, numeric ? Number(id) : id)
}

const repairing = new Set<string>()

/**
 * Rebuilds, in the background, answers found out of date by a read (an embargo ended: no write
 * announced it). Each piece once at a time; reads go to Payload meanwhile.
 */
export function repairAnswers(payload: Payload, rows: { pieceCollection: string; pieceId: string }[]): void {
  const numeric = payload.db.defaultIDType === 'number'
  for (const { pieceCollection, pieceId } of rows) {
    const piece = `${pieceCollection}:${pieceId}`
    if (repairing.has(piece)) continue
    repairing.add(piece)
    void inTransaction(payload, (transactionID) =>
      buildPiece(payload, transactionID, pieceCollection, numeric ? Number(pieceId) : pieceId),
    )
      .catch((error: unknown) => payload.logger.warn({ err: error, msg: `read model: ${piece} not rebuilt` }))
      .finally(() => repairing.delete(piece))
  }
}

async function inTransaction(payload: Payload, work: (transactionID: TransactionID) => Promise<void>): Promise<void> {
  const transactionID = (await payload.db.beginTransaction()) ?? undefined
  try {
    await work(transactionID)
    if (transactionID !== undefined) await payload.db.commitTransaction(transactionID)
  } catch (error) {
    if (transactionID !== undefined) await payload.db.rollbackTransaction(transactionID)
    throw error
  }
}

/** Builds the whole model from the published pieces, then marks it ready for this code. */
export async function rebuildReadModel(payload: Payload, log: (line: string) => void = () => {}): Promise<void> {
  known.set(payload, { ready: false, at: Date.now() })
  await payload.kv.delete(READY_KEY)
  await payload.db.deleteMany({ collection: DEPS, where: {}, req: NO_TRANSACTION })
  await payload.db.deleteMany({ collection: ANSWERS, where: {}, req: NO_TRANSACTION })
  for (const collection of MODEL_COLLECTIONS) {
    const { docs } = await payload.find({
      collection: collection as CollectionSlug,
      where: { _status: { equals: 'published' } },
      pagination: false,
      limit: 0,
      depth: 0,
      select: {},
      overrideAccess: true,
    })
    // In batches, one transaction each: one commit per piece would dominate the time on SQLite.
    for (let at = 0; at < docs.length; at += REBUILD_BATCH) {
      await inTransaction(payload, async (transactionID) => {
        for (const doc of docs.slice(at, at + REBUILD_BATCH))
          await buildPiece(payload, transactionID, collection, doc.id)
      })
      log(`read model: ${collection} ${Math.min(at + REBUILD_BATCH, docs.length)}/${docs.length}`)
    }
  }
  await payload.kv.set(READY_KEY, { fingerprint: modelFingerprint(payload) })
  known.set(payload, { ready: true, at: Date.now() })
}
