import type { Migration, Payload } from 'payload'

// Each adapter's migrations are typed for its own driver; the adapter that runs them supplies it.
// Loaded for the adapter in use only: each set imports its adapter's package.
const MIGRATIONS: Record<string, (() => Promise<{ migrations: unknown }>) | undefined> = {
  sqlite: () => import('../migrations/sqlite'),
  postgres: () => import('../migrations/postgres'),
}

/** Applies the committed migrations that have not run yet. MongoDB needs none. */
export async function migrateDatabase(payload: Payload): Promise<void> {
  const migrations = await MIGRATIONS[payload.db.name]?.()
  if (migrations) await payload.db.migrate({ migrations: migrations.migrations as Migration[] })
}
