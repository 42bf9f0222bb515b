import { randomUUID } from 'node:crypto'
import type { Payload, PayloadRequest } from 'payload'

import { coalesce } from './coalesce'

/**
 * The content generation: a value that changes whenever published content may have changed.
 * Cached responses belong to one generation and die with it. Every instance reads the same value,
 * so a change made through one instance empties the caches of all of them.
 */
export interface Generation {
  /** The current generation, as of a read issued after the call; null when unknown (serve uncached). */
  current(): Promise<string | null>
  close(): Promise<void>
}

export const GENERATION_KEY = 'http-cache:generation'
const KV = 'payload-kv'
// The adapter-level API needs a request only for its transaction; reads outside one need none.
const NO_TRANSACTION = {} as PayloadRequest

/**
 * Without Redis, the generation is a row of the database, rewritten inside the transaction of each
 * content change: it becomes visible exactly when the change does, on every instance. Each cached
 * read checks it, with concurrent checks sharing one query.
 */
export function databaseGeneration(payload: Payload): Generation {
  const read = coalesce(async () => {
    const row = await payload.db.findOne<{ id: number | string; data?: { token?: string } }>({ collection: KV, where: { key: { equals: GENERATION_KEY } }, req: NO_TRANSACTION })
    return row?.data?.token ?? 'initial'
  })
  return {
    current: async () => {
      try {
        return await read()
      } catch (error) {
        payload.logger.warn({ err: error, msg: 'cache generation unreadable: serving uncached' })
        return null
      }
    },
    close: async () => {},
  }
}

/** The database side of a content change: a new generation, written in the change's own transaction. */
export async function bumpDatabaseGeneration(req: PayloadRequest): Promise<void> {
  await req.payload.db.upsert({
    collection: KV,
    where: { key: { equals: GENERATION_KEY } },
    data: { key: GENERATION_KEY, data: { token: randomUUID() } },
    req,
  })
}

/**
 * Creates the generation row once, at start-up: created by the first content changes instead, two
 * of them at once would both insert it and the unique key would refuse one change.
 */
export async function ensureGenerationRow(payload: Payload): Promise<void> {
  const find = () => payload.db.findOne({ collection: KV, where: { key: { equals: GENERATION_KEY } }, req: NO_TRANSACTION })
  if (await find()) return
  try {
    await payload.db.create({ collection: KV, data: { key: GENERATION_KEY, data: { token: randomUUID() } }, req: NO_TRANSACTION })
  } catch (error) {
    // Another instance starting at the same moment created it: fine.
    if (!(await find())) throw error
  }
}
