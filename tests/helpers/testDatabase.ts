import { execFileSync, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { copyFileSync, existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'

export type TestDbKind = 'sqlite' | 'postgres' | 'mongodb'

export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres'

export function testDbKind(): TestDbKind {
  const kind = (process.env.TEST_DB || 'sqlite').toLowerCase()
  if (kind === 'sqlite' || kind === 'postgres') return kind
  if (kind === 'mongodb') {
    if (!process.env.MONGODB_URI) throw new Error('TEST_DB=mongodb needs MONGODB_URI (a replica set, e.g. mongodb://127.0.0.1:27017/?replicaSet=rs0).')
    return kind
  }
  throw new Error(`TEST_DB must be sqlite, postgres or mongodb (got "${kind}").`)
}

/** Where this run keeps its files and how its databases are named; set by the global setup. */
export function testRun(): { id: string; dir: string } {
  const id = process.env.NEWSROOM_TEST_RUN
  const dir = process.env.NEWSROOM_TEST_DIR
  if (!id || !dir) throw new Error('The jest global setup did not run (NEWSROOM_TEST_RUN is unset).')
  return { id, dir }
}

export const newId = () => randomBytes(4).toString('hex')

const pgDatabaseName = (runId: string, label: string) => `newsroom_test_${runId}_${label}`.toLowerCase().replace(/[^a-z0-9_]/g, '_')

function pgUrl(database: string): string {
  const url = new URL(POSTGRES_ADMIN_URL)
  url.pathname = `/${database}`
  return url.toString()
}

async function withPgAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

/** The machine starts PostgreSQL before a session; if it has stopped, start it rather than fail. */
export async function ensurePostgresRunning(): Promise<void> {
  try {
    await withPgAdmin(async (client) => client.query('SELECT 1'))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ECONNREFUSED') throw error
    const version = readdirSync('/etc/postgresql')[0]
    execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'start'], { stdio: 'inherit' })
    await withPgAdmin(async (client) => client.query('SELECT 1'))
  }
}

const templateUri = (kind: TestDbKind, runId: string, dir: string) =>
  kind === 'sqlite' ? `file:${path.join(dir, 'template.db')}` : pgUrl(pgDatabaseName(runId, 'template'))

/** Global setup: one database migrated from the committed migrations, cloned by every test file. */
export async function prepareTemplate(kind: TestDbKind, runId: string, dir: string): Promise<void> {
  if (kind === 'mongodb') return
  if (kind === 'postgres') {
    await ensurePostgresRunning()
    await withPgAdmin((client) => client.query(`CREATE DATABASE ${pgDatabaseName(runId, 'template')}`))
  }
  // A child process, so the template's connections are gone when it exits and it can be cloned.
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/migrate.ts'], {
    env: { ...process.env, DATABASE_URI: templateUri(kind, runId, dir), NODE_ENV: 'test', DATA_DIR: dir },
    encoding: 'utf8',
  })
  if (result.status !== 0) throw new Error(`Migrating the test template failed:\n${result.stdout}\n${result.stderr}`)
}

/** A fresh, migrated database for one test file; returns its DATABASE_URI. */
export async function createTestDatabase(label: string): Promise<string> {
  const kind = testDbKind()
  const { id, dir } = testRun()
  const name = `${label}_${newId()}`
  if (kind === 'sqlite') {
    const file = path.join(dir, `${name}.db`)
    // In WAL mode the latest pages may still sit in the -wal file: the pair is the database.
    for (const suffix of ['', '-wal']) {
      const source = path.join(dir, `template.db${suffix}`)
      if (existsSync(source)) copyFileSync(source, `${file}${suffix}`)
    }
    return `file:${file}`
  }
  if (kind === 'postgres') {
    const database = pgDatabaseName(id, name)
    await withPgAdmin((client) => client.query(`CREATE DATABASE ${database} TEMPLATE ${pgDatabaseName(id, 'template')}`))
    return pgUrl(database)
  }
  const url = new URL(process.env.MONGODB_URI as string)
  url.pathname = `/${pgDatabaseName(id, name)}`
  return url.toString()
}

/** Drops a test database even while a leaked connection still holds it. */
export async function dropTestDatabase(uri: string): Promise<void> {
  if (!uri.startsWith('postgres')) return
  const database = new URL(uri).pathname.slice(1)
  await withPgAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`))
}

/** Global teardown: every PostgreSQL database of this run, including the template. */
export async function dropRunDatabases(runId: string): Promise<void> {
  await withPgAdmin(async (client) => {
    const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [
      `${pgDatabaseName(runId, '')}%`,
    ])
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`)
  })
}
