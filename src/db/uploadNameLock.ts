import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { transactionDb } from './transactionDb'

type Executor = { execute: (query: unknown) => Promise<unknown> }

/**
 * Makes uploads whose file names could end up alike take turns, until the upload's transaction
 * ends. Only PostgreSQL needs it: SQLite's write transactions already take turns; on MongoDB two
 * such uploads at the same moment can still collide (one is refused, 400, and can be sent again).
 */
export async function waitForUploadName(req: PayloadRequest, key: string): Promise<void> {
  if (req.payload.db.name !== 'postgres') return
  const { db, inTransaction } = await transactionDb<Executor>(req.payload, req)
  // The lock is released when the transaction ends; outside one it would hold nothing.
  if (!inTransaction) return
  await db.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${key}))`)
}
