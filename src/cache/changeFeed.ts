import { randomUUID } from 'node:crypto'
import type { Payload, PayloadRequest } from 'payload'

import { coalesce } from './coalesce'

/** A committed change: the tags of the answers it makes stale, or `all` when changes may have been missed. */
export type Change = string[] | 'all'

/**
 * How an instance learns of the changes committed through every instance (itself included), so
 * that it drops the cached answers they make stale.
 */
export interface ChangeFeed {
  /** Brings in what was committed before the call; false when that cannot be known (serve uncached). */
  sync(): Promise<boolean>
  listen(listener: (change: Change) => void): void
  close(): Promise<void>
}

const KV = 'payload-kv'
const PREFIX = 'cache-change:'
// The first key after every `cache-change:` key (';' follows ':').
const END = 'cache-change;'
// A change is read again for this long after it was written: longer than any gap between writing
// its row and its commit becoming visible, and than the clock differences between instances.
const OVERLAP_MS = 15_000
// Rows older than this are removed; an instance that lost track for longer starts afresh.
const KEEP_MS = 10 * 60_000
// The adapter-level API needs a request only for its transaction; reads outside one need none.
const NO_TRANSACTION = {} as PayloadRequest

const keyAt = (ms: number) => `${PREFIX}${new Date(ms).toISOString()}`

/**
 * The database side of a change: one new row per transaction, in the change's transaction, keyed
 * by the time and a random suffix. No row is written by two transactions, so content writes never
 * wait for one another here.
 */
export async function recordChange(req: PayloadRequest, tags: string[]): Promise<void> {
  await req.payload.db.create({
    collection: KV,
    data: { key: `${keyAt(Date.now())}:${randomUUID()}`, data: { tags } },
    req,
  })
}

/**
 * Without Redis, each instance reads the rows written in the last seconds before it serves from
 * its cache (concurrent reads share one query) and applies the ones it has not seen yet.
 */
export function databaseChanges(payload: Payload): ChangeFeed {
  const listeners: ((change: Change) => void)[] = []
  const emit = (change: Change) => listeners.forEach((listener) => listener(change))
  const seen = new Map<string, number>()
  let lastRead = Date.now()
  const read = coalesce(async () => {
    const startedAt = Date.now()
    if (startedAt - lastRead > KEEP_MS - OVERLAP_MS) emit('all')
    const { docs } = await payload.db.find<{ key: string; data?: { tags?: string[] } }>({
      collection: KV,
      where: {
        and: [
          { key: { greater_than: keyAt(Math.min(lastRead, startedAt) - OVERLAP_MS) } },
          { key: { less_than: END } },
        ],
      },
      pagination: false,
      limit: 0,
      req: NO_TRANSACTION,
    })
    for (const { key, data } of docs) {
      if (seen.has(key)) continue
      seen.set(key, startedAt)
      emit(data?.tags ?? 'all')
    }
    for (const [key, at] of seen) if (at < startedAt - 2 * OVERLAP_MS) seen.delete(key)
    lastRead = startedAt
  })
  const sweep = setInterval(() => {
    void payload.db
      .deleteMany({
        collection: KV,
        where: { and: [{ key: { greater_than: PREFIX } }, { key: { less_than: keyAt(Date.now() - KEEP_MS) } }] },
        req: NO_TRANSACTION,
      })
      .catch(() => {})
  }, 60_000)
  sweep.unref()
  return {
    sync: async () => {
      try {
        await read()
        return true
      } catch (error) {
        payload.logger.warn({ err: error, msg: 'cache changes unreadable: serving uncached' })
        return false
      }
    },
    listen: (listener) => void listeners.push(listener),
    close: async () => clearInterval(sweep),
  }
}
