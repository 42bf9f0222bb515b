import type { Migration, Payload } from 'payload'

import { migrations as postgres } from '../migrations/postgres'
import { migrations as sqlite } from '../migrations/sqlite'

// Each adapter's migrations are typed for its own driver; the adapter that runs them supplies it.
const MIGRATIONS = { sqlite, postgres } as unknown as Record<string, Migration[] | undefined>

/** Applies the committed migrations that have not run yet. MongoDB needs none. */
export async function migrateDatabase(payload: Payload): Promise<void> {
  const migrations = MIGRATIONS[payload.db.name]
  if (migrations) await payload.db.migrate({ migrations })
}
