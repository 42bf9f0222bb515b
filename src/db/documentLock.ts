import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { transactionDb } from './transactionDb'

type Executor = { execute: (query: unknown) => Promise<unknown> }
type MongoModel = { updateOne: (filter: object, update: object, options: object) => Promise<unknown> }
type MongoAdapter = { collections: Record<string, MongoModel>; sessions?: Record<string, unknown> }

/**
 * Makes the writes to one document take turns until the writing transaction ends, so that what a
 * write reads first (the live state before it, the version the client saw) is still true when it
 * commits. Called at the start of every update and delete, draft saves and autosaves included.
 *
 * - PostgreSQL: a transaction-scoped advisory lock on (collection, id), taken before Payload reads
 *   the document; READ COMMITTED then shows the waiting write what the other one committed.
 * - SQLite: nothing to do. Every write transaction starts with BEGIN IMMEDIATE, which holds the
 *   database's single write lock, across processes, before anything is read.
 * - MongoDB: the transaction writes the document first (its `updatedAt`, rewritten by the update
 *   anyway), so a concurrent transaction on it fails with a write conflict (503, retried by the client).
 */
export async function lockDocument(req: PayloadRequest, collection: string, id: number | string): Promise<void> {
  const kind = req.payload.db.name
  if (kind === 'postgres') {
    const { db, inTransaction } = await transactionDb<Executor>(req.payload, req)
    if (inTransaction)
      await db.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${collection}), hashtext(${String(id)}))`)
    return
  }
  if (kind === 'mongoose') {
    const adapter = req.payload.db as unknown as MongoAdapter
    const session = req.transactionID ? adapter.sessions?.[String(await req.transactionID)] : undefined
    if (session)
      await adapter.collections[collection]?.updateOne({ _id: id }, { $set: { updatedAt: new Date() } }, { session })
  }
}
