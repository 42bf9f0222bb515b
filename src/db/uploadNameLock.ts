import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

type Session = { db: { execute: (query: unknown) => Promise<unknown> } }

/**
 * Makes uploads whose file names could end up alike take turns, until the upload's transaction
 * ends. Only PostgreSQL needs it: SQLite's write transactions already take turns; on MongoDB two
 * such uploads at the same moment can still collide (one is refused, 400, and can be sent again).
 */
export async function waitForUploadName(req: PayloadRequest, key: string): Promise<void> {
  if (req.payload.db.name !== 'postgres') return
  const transactionID = req.transactionID ? await req.transactionID : undefined
  const sessions = (req.payload.db as unknown as { sessions?: Record<string, Session> }).sessions
  const session = transactionID !== undefined ? sessions?.[String(transactionID)] : undefined
  if (!session) return
  await session.db.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${key}))`)
}
