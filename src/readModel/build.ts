import { createHash } from 'node:crypto'
import { createLocalReq, type CollectionSlug, type Payload, type PayloadRequest } from 'payload'

import { recordingReads } from '../cache/readTags'
import { isPublicCollection } from '../lib/publicCollections'
import { buildFeedItems } from './feedItems'
import { storeRow, writer, type Hidden, type Piece, type TransactionID } from './rows'
import {
  ANSWERS,
  answerKey,
  DEPS,
  FEED_TYPES,
  listKey,
  MODEL_COLLECTIONS,
  MODEL_DEPTHS,
  PIECE_COLLECTIONS,
} from './scope'

const READY_KEY = 'read-model:ready'
// What a row holds and how it is read: a model built by code with another format is rebuilt.
const ROW_FORMAT = 2
const REBUILD_BATCH = 200
const READY_RECHECK_MS = 10_000
const NO_TRANSACTION = {} as PayloadRequest

/**
 * What the stored answers were computed with: the shape of every collection an anonymous reader
 * may see, and what the model holds of them. A deployment that changes either serves through
 * Payload until the model is rebuilt.
 */
export function modelFingerprint(payload: Payload): string {
  const shapes = payload.config.collections
    .filter((c) => isPublicCollection(c.slug))
    .map((c) => [
      c.slug,
      JSON.stringify(c.flattenedFields.map((f) => [f.name, f.type, 'localized' in f && f.localized])),
    ])
  const held = [ROW_FORMAT, MODEL_COLLECTIONS, MODEL_DEPTHS, FEED_TYPES]
  return createHash('sha1')
    .update(JSON.stringify([shapes, held]))
    .digest('base64url')
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

/** A piece's answers (by id, in every locale and held depth) with Payload's own pipeline, as a reader gets them. */
async function buildAnswers(
  payload: Payload,
  transactionID: TransactionID,
  collection: string,
  id: number | string,
): Promise<void> {
  const req = writer(payload, transactionID)
  for (const locale of localesOf(payload))
    for (const depth of MODEL_DEPTHS) {
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
      await storeRow(
        payload,
        req,
        answerKey(collection, id, locale, depth),
        [collection, id],
        { list: listKey(collection, locale, depth), locale, depth },
        doc && { piece: doc, body: JSON.stringify(doc), tags },
        async () =>
          (
            await payload.find({
              collection: collection as CollectionSlug,
              where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
              depth: 0,
              limit: 1,
              pagination: false,
              select: { slug: true, publishedAt: true, createdAt: true, embargoUntil: true },
              overrideAccess: true,
              req,
            })
          ).docs[0] as Hidden | undefined,
      )
    }
}

/**
 * Computes and stores what an anonymous reader gets of one piece (its answers, its feed items) with
 * Payload's own pipeline, so that they are what Payload would answer, in the given transaction.
 */
export async function buildPiece(
  payload: Payload,
  transactionID: TransactionID,
  collection: string,
  id: number | string,
): Promise<void> {
  if (MODEL_COLLECTIONS.includes(collection)) await buildAnswers(payload, transactionID, collection, id)
  if (FEED_TYPES.includes(collection)) await buildFeedItems(payload, transactionID, collection, id)
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
    if (kind === 'doc' && PIECE_COLLECTIONS.includes(collection))
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

const repairing = new Map<string, Promise<void>>()

/** Settles once the background rebuilds under way have ended: shutdown waits for them before the database closes. */
export const repairsSettled = async (): Promise<void> => {
  await Promise.allSettled([...repairing.values()])
}

/**
 * Rebuilds, in the background, answers found out of date by a read (an embargo ended: no write
 * announced it). Each piece once at a time; reads go to Payload meanwhile.
 */
export function repairAnswers(payload: Payload, rows: { pieceCollection: string; pieceId: string }[]): void {
  const numeric = payload.db.defaultIDType === 'number'
  for (const { pieceCollection, pieceId } of rows) {
    const piece = `${pieceCollection}:${pieceId}`
    if (repairing.has(piece)) continue
    const repair = inTransaction(payload, (transactionID) =>
      buildPiece(payload, transactionID, pieceCollection, numeric ? Number(pieceId) : pieceId),
    )
      .catch((error: unknown) => payload.logger.warn({ err: error, msg: `read model: ${piece} not rebuilt` }))
      .finally(() => repairing.delete(piece))
    repairing.set(piece, repair)
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
  for (const collection of PIECE_COLLECTIONS) {
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
