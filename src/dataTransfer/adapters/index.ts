import type { Payload, PayloadRequest } from 'payload'

import { resetPostgresSequences } from './postgres'

/**
 * The only part of export and import that differs per database adapter, chosen by the adapter's
 * name; everything else goes through Payload's adapter API.
 */
export type AdapterSupport = {
  /** Transaction options under which every read sees one state of the database, without blocking writers. */
  snapshot?: Record<string, unknown>
  /** Runs in the import's transaction once rows were written with their own ids. */
  afterImport?: (payload: Payload, req: PayloadRequest) => Promise<void>
}

const SUPPORT: Record<string, AdapterSupport> = {
  // Rows keep their ids, which do not move the serial sequences: the next create would collide.
  postgres: {
    snapshot: { isolationLevel: 'repeatable read', accessMode: 'read only' },
    afterImport: resetPostgresSequences,
  },
  // An INTEGER PRIMARY KEY takes max(id) + 1 by itself. The app's transactions take the write lock
  // up front (src/db/adapter.ts); a deferred one reads a WAL snapshot without stopping writers.
  sqlite: { snapshot: { behavior: 'deferred' } },
  // ObjectIds need no sequence; MongoDB's default transaction reads are used as they are.
  mongoose: {},
}

export function adapterSupport(payload: Payload): AdapterSupport {
  return SUPPORT[payload.db.name] ?? {}
}
