import pg from 'pg'

import { ensurePostgresRunning, newId, POSTGRES_ADMIN_URL, testRun } from './testDatabase'

/**
 * An empty PostgreSQL database (no tables: not even migrated), whatever TEST_DB is, for tests that
 * always need PostgreSQL beside the database under test. Named like the run's other databases;
 * drop it with dropTestDatabase.
 */
export async function createEmptyPostgresDatabase(label: string): Promise<string> {
  await ensurePostgresRunning()
  const database = `newsroom_test_${testRun().id}_${label}_${newId()}`.toLowerCase().replace(/[^a-z0-9_]/g, '_')
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL })
  await admin.connect()
  try {
    await admin.query(`CREATE DATABASE ${database}`)
  } finally {
    await admin.end()
  }
  const url = new URL(POSTGRES_ADMIN_URL)
  url.pathname = `/${database}`
  return url.toString()
}

/** Names of the tables in a PostgreSQL database's public schema. */
export async function postgresTables(uri: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    const { rows } = await client.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1",
    )
    return rows.map((row) => row.table_name)
  } finally {
    await client.end()
  }
}
