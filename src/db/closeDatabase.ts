import type { Payload } from 'payload'

type Closable = {
  pool?: { end: () => Promise<void>; on: (event: 'error', listener: () => void) => void }
  client?: { close?: () => void }
}

/**
 * `payload.destroy()` leaves the database connection open (and MongoDB's is closed by it), so the
 * SQL adapters' handles are closed here. PostgreSQL keeps one client checked out for its reconnect
 * logic: `pool.end()` would wait for it forever, so it is not awaited, and a late error on that
 * client (its database dropped) must not crash the process.
 */
export async function closeDatabase(payload: Payload): Promise<void> {
  const db = payload.db as unknown as Closable
  if (db.pool) {
    db.pool.on('error', () => {})
    void db.pool.end().catch(() => {})
  }
  db.client?.close?.()
  await payload.destroy()
}
