import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { DatabaseAdapterObj } from 'payload'

import type { DatabaseTarget } from '../lib/databaseUri'
import { postgresParentIndexes, sqliteParentIndexes } from './parentIndexes'
import { queryLog } from './queryLog'
import { withSqliteWriteDiscipline } from './sqliteConnections'

const SQLITE_BUSY_TIMEOUT_MS = 5000

const migrationDir = (kind: string) => path.resolve(process.cwd(), 'src/migrations', kind)

/**
 * The only place that knows which adapter is in use. Schema changes always go through committed
 * migrations (never push), so a development database and a production one have the same schema.
 * Only the adapter in use is loaded: each holds 25 MB or so of its own modules (mongoose, pg,
 * libsql) for the life of the process.
 */
export async function databaseAdapter(target: DatabaseTarget): Promise<DatabaseAdapterObj> {
  switch (target.kind) {
    case 'sqlite': {
      ensureSqliteFolder(target.url)
      const { sqliteAdapter } = await import('@payloadcms/db-sqlite')
      return withSqliteWriteDiscipline(
        sqliteAdapter({
          client: { url: target.url },
          // WAL lets readers go on while a writer commits; the timeout makes a second process wait, not fail.
          wal: true,
          busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
          migrationDir: migrationDir('sqlite'),
          push: false,
          logger: queryLog,
          afterSchemaInit: [sqliteParentIndexes],
          // libsql runs without transactions unless options are given. Taking the write lock when a
          // transaction begins (not on its first write) lets concurrent writers wait for each other
          // (busy timeout) instead of failing with SQLITE_BUSY on a lock upgrade.
          transactionOptions: { behavior: 'immediate' },
        }),
        SQLITE_BUSY_TIMEOUT_MS,
      )
    }
    case 'postgres': {
      const { postgresAdapter } = await import('@payloadcms/db-postgres')
      return postgresAdapter({
        pool: { connectionString: target.url },
        migrationDir: migrationDir('postgres'),
        push: false,
        logger: queryLog,
        afterSchemaInit: [postgresParentIndexes],
      })
    }
    case 'mongodb': {
      const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
      // Transactions are on by default and need a replica set (see README).
      return mongooseAdapter({ url: target.url })
    }
  }
}

/** libsql creates the database file but not its folder. */
function ensureSqliteFolder(url: string): void {
  if (url === 'file::memory:' || url.startsWith('file::memory:?')) return
  const filePath = url.startsWith('file://') ? fileURLToPath(url) : url.slice('file:'.length).split('?')[0]
  mkdirSync(path.dirname(path.resolve(filePath)), { recursive: true })
}
