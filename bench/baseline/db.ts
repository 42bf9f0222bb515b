import { createClient } from '@libsql/client'
import pg from 'pg'

export type Row = Record<string, unknown>

/** The two drivers Payload's adapters use, behind one tiny interface: SQL with `?` placeholders. */
export interface Db {
  kind: 'sqlite' | 'postgres'
  all(sql: string, params?: unknown[]): Promise<Row[]>
  close(): Promise<void>
}

export function openDb(uri: string): Db {
  if (uri.startsWith('file:')) {
    const client = createClient({ url: uri })
    return {
      kind: 'sqlite',
      all: async (sql, params = []) => (await client.execute({ sql, args: params as never })).rows as unknown as Row[],
      close: async () => client.close(),
    }
  }
  const pool = new pg.Pool({ connectionString: uri, max: 10 })
  return {
    kind: 'postgres',
    all: async (sql, params = []) => {
      let n = 0
      return (
        await pool.query(
          sql.replace(/\?/g, () => `$${++n}`),
          params,
        )
      ).rows as Row[]
    },
    close: () => pool.end(),
  }
}

/** Values as Payload returns them, whatever the driver gave: ISO dates, numbers, parsed JSON, booleans. */
export const as = {
  date: (v: unknown) =>
    v === null || v === undefined ? null : v instanceof Date ? v.toISOString() : new Date(String(v)).toISOString(),
  number: (v: unknown) => (v === null || v === undefined ? null : Number(v)),
  json: (v: unknown) => (v === null || v === undefined ? null : typeof v === 'string' ? JSON.parse(v) : v),
  bool: (v: unknown) => (v === null || v === undefined ? null : v === true || v === 1 || v === '1'),
  text: (v: unknown) => (v === undefined ? null : v),
}

export const placeholders = (values: unknown[]) => values.map(() => '?').join(', ')
