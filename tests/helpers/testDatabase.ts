import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { copyFileSync, cpSync, existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'

import { runScript } from './process'

export type TestDbKind = 'sqlite' | 'postgres' | 'mongodb'

export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres'

export function testDbKind(): TestDbKind {
  const kind = (process.env.TEST_DB || 'sqlite').toLowerCase()
  if (kind === 'sqlite' || kind === 'postgres') return kind
  if (kind === 'mongodb') {
    if (!process.env.MONGODB_URI)
      throw new Error(
        'TEST_DB=mongodb needs MONGODB_URI (a replica set, e.g. mongodb://127.0.0.1:27017/?replicaSet=rs0).',
      )
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

const pgDatabaseName = (runId: string, label: string) =>
  `newsroom_test_${runId}_${label}`.toLowerCase().replace(/[^a-z0-9_]/g, '_')

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

/** What a test database starts with: the migrated schema only, the demo accounts, or the whole demo newsroom. */
export type TemplateKind = 'empty' | 'accounts' | 'content'

const templateLabel = (template: TemplateKind) => (template === 'empty' ? 'template' : `template_${template}`)

const templateUri = (kind: TestDbKind, runId: string, dir: string, template: TemplateKind = 'empty') =>
  kind === 'sqlite'
    ? `file:${path.join(dir, `${templateLabel(template)}.db`)}`
    : pgUrl(pgDatabaseName(runId, templateLabel(template)))

/** The upload folder that goes with a seeded template (the demo images). */
export const templateMediaDir = (dir: string, template: TemplateKind) =>
  path.join(dir, `media-${templateLabel(template)}`)

/** A script run to its end as its own process: its connections are gone when it exits, so its database can be cloned. */
async function runToEnd(script: string, env: Record<string, string>, what: string): Promise<void> {
  const { code, output } = await runScript(script, [], { NODE_ENV: 'test', LOG_LEVEL: 'warn', ...env })
  if (code !== 0) throw new Error(`${what} failed (exit ${code}):\n${output}`)
}

/** Copies a database (and, for SQLite, its write-ahead log) under a new name. */
async function cloneDatabase(kind: TestDbKind, runId: string, dir: string, from: string, to: string): Promise<string> {
  if (kind === 'sqlite') {
    const file = path.join(dir, `${to}.db`)
    // In WAL mode the latest pages may still sit in the -wal file: the pair is the database.
    for (const suffix of ['', '-wal']) {
      const source = path.join(dir, `${from}.db${suffix}`)
      if (existsSync(source)) copyFileSync(source, `${file}${suffix}`)
    }
    return `file:${file}`
  }
  const database = pgDatabaseName(runId, to)
  await withPgAdmin((client) => client.query(`CREATE DATABASE ${database} TEMPLATE ${pgDatabaseName(runId, from)}`))
  return pgUrl(database)
}

/**
 * Global setup: one database migrated from the committed migrations, and two copies of it seeded
 * once (the demo accounts; the demo newsroom), cloned by every test file instead of seeding its own.
 */
export async function prepareTemplate(
  kind: TestDbKind,
  runId: string,
  dir: string,
  seededTemplates = true,
): Promise<void> {
  if (kind === 'mongodb') return
  if (kind === 'postgres') {
    await ensurePostgresRunning()
    await withPgAdmin((client) => client.query(`CREATE DATABASE ${pgDatabaseName(runId, 'template')}`))
  }
  await runToEnd(
    'scripts/migrate.ts',
    { DATABASE_URI: templateUri(kind, runId, dir), DATA_DIR: dir },
    'Migrating the test template',
  )
  const seeded: TemplateKind[] = seededTemplates ? ['accounts', 'content'] : []
  await Promise.all(
    seeded.map(async (template) => {
      const uri = await cloneDatabase(kind, runId, dir, 'template', templateLabel(template))
      const env = {
        DATABASE_URI: uri,
        DATA_DIR: dir,
        MEDIA_DIR: templateMediaDir(dir, template),
        JOBS_AUTORUN: 'false',
      }
      await runToEnd(
        'tests/setup/seedTemplate.ts',
        { ...env, SEED_TEMPLATE: template },
        `Seeding the ${template} template`,
      )
    }),
  )
}

/** A fresh, migrated database for one test file (seeded as `template` says); returns its DATABASE_URI. */
export async function createTestDatabase(label: string, template: TemplateKind = 'empty'): Promise<string> {
  const kind = testDbKind()
  const { id, dir } = testRun()
  const name = `${label}_${newId()}`
  if (kind !== 'mongodb') return cloneDatabase(kind, id, dir, templateLabel(template), name)
  if (template !== 'empty') throw new Error('Seeded templates are not prepared on MongoDB: seed in the test file.')
  const url = new URL(process.env.MONGODB_URI as string)
  url.pathname = `/${pgDatabaseName(id, name)}`
  return url.toString()
}

/** Gives a test's upload folder the files its seeded database refers to. */
export function copyTemplateMedia(template: TemplateKind, mediaDir: string): void {
  const source = templateMediaDir(testRun().dir, template)
  if (template !== 'empty' && existsSync(source)) cpSync(source, mediaDir, { recursive: true })
}

/**
 * Done with a test database: its connections are ended, even a leaked one. On a PostgreSQL pass its
 * files stay until the run's teardown drops them all: on ext4 a database created seconds after
 * another was dropped spent 0.5–1.6 s of kernel time looking past the freed inodes (0.1 s otherwise),
 * and a pass creates about a hundred. Other passes drop it now (their teardown leaves PostgreSQL alone).
 */
export async function dropTestDatabase(uri: string): Promise<void> {
  if (!uri.startsWith('postgres')) return
  const database = new URL(uri).pathname.slice(1)
  await withPgAdmin((client) =>
    testDbKind() === 'postgres'
      ? client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [database])
      : client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`),
  )
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
