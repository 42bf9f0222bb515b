import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

type Rows = { rows: Record<string, unknown>[] }
type SqlDb = { execute?: (query: unknown) => Promise<Rows>; run?: (query: unknown) => Promise<Rows> }

const COUNTER = 'newsroom_test_changes'

/**
 * Counts every row written to the database's tables (but those named by `excludedPrefixes`), with
 * triggers: one query then tells whether a request changed anything, where reading every
 * collection would cost tens of queries per request. SQLite and PostgreSQL.
 */
export async function installChangeCounter(
  payload: Payload,
  excludedPrefixes: string[],
): Promise<() => Promise<number>> {
  const postgres = payload.db.name === 'postgres'
  const db = (payload.db as unknown as { drizzle: SqlDb }).drizzle
  const run = async (statement: string) => (postgres ? db.execute!(sql.raw(statement)) : db.run!(sql.raw(statement)))
  const listed = await run(
    postgres
      ? `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()`
      : `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`,
  )
  const tables = listed.rows
    .map((row) => String(row.name))
    .filter((name) => !excludedPrefixes.some((prefix) => name.startsWith(prefix)))
  await run(`CREATE TABLE ${COUNTER} (n INTEGER NOT NULL)`)
  await run(`INSERT INTO ${COUNTER} (n) VALUES (0)`)
  if (postgres) {
    await run(
      `CREATE FUNCTION ${COUNTER}_bump() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE ${COUNTER} SET n = n + 1; RETURN NULL; END $$`,
    )
  }
  for (const table of tables) {
    if (postgres) {
      await run(
        `CREATE TRIGGER ${COUNTER} AFTER INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION ${COUNTER}_bump()`,
      )
      continue
    }
    for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
      await run(
        `CREATE TRIGGER "${COUNTER}_${table}_${event}" AFTER ${event} ON "${table}" BEGIN UPDATE ${COUNTER} SET n = n + 1; END`,
      )
    }
  }
  return async () => {
    const [row] = (await run(`SELECT n FROM ${COUNTER}`)).rows
    // libsql answers rows as arrays with named properties; node-postgres as objects.
    return Number(row?.n ?? (row as unknown as unknown[])?.[0])
  }
}
