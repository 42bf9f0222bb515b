import { and, asc, count, desc, eq, gt, gte, inArray, lt, lte, or, type SQL } from '@payloadcms/db-sqlite/drizzle'
import type { Payload, Where } from 'payload'

import { ANSWERS, type AnswerRow } from './scope'

/**
 * Reads of the answers table straight through the SQL adapters' drizzle instance. Payload's
 * `db.find` spends more on building the query and shaping its rows than the database spends on
 * this one-table, indexed read (on PostgreSQL 0.5–0.9 ms against 0.2–0.35 ms). The conditions and
 * the order are the ones given to `db.find` (a `Where`, a sort list), translated for this flat
 * table, so that both paths read the same rows in the same order; other adapters keep `db.find`.
 */

type Column = Parameters<typeof eq>[0]
type Table = Record<string, Column>
type Query = {
  where: (condition: SQL | undefined) => Query
  orderBy: (...order: SQL[]) => Query
  limit: (n: number) => Query
  offset: (n: number) => Query
} & PromiseLike<Record<string, unknown>[]>
type Drizzle = { select: (fields: Record<string, Column | SQL>) => { from: (table: Table) => Query } }
type SqlAdapter = { drizzle?: Drizzle; tables?: Record<string, Table>; tableNameMap?: Map<string, string> }

const COMPARE = { equals: eq, less_than: lt, less_than_equal: lte, greater_than: gt, greater_than_equal: gte } as const
const DATES = ['publishedAt', 'visibleFrom', 'staleAfter'] as const

/** The table and connection, when the adapter is one of the SQL ones. */
function sqlTable(payload: Payload): { db: Drizzle; table: Table } | undefined {
  const adapter = payload.db as unknown as SqlAdapter
  // The adapters key their tables by the slug in snake case.
  const name = adapter.tableNameMap?.get(ANSWERS.replaceAll('-', '_'))
  const table = name ? adapter.tables?.[name] : undefined
  return adapter.drizzle && table ? { db: adapter.drizzle, table } : undefined
}

/** A `Where` of and/or and comparisons on this table's own columns, as SQL; throws on anything else. */
function condition(table: Table, where: Where): SQL | undefined {
  const parts: (SQL | undefined)[] = []
  for (const [key, value] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      const inner = (value as Where[]).map((w) => condition(table, w))
      parts.push(key === 'and' ? and(...inner) : or(...inner))
      continue
    }
    const column = table[key]
    if (!column) throw new Error(`read model: no column ${key}`)
    for (const [operator, operand] of Object.entries(value as Record<string, unknown>)) {
      if (operator === 'in') parts.push(inArray(column, operand as unknown[]))
      else if (operator in COMPARE) parts.push(COMPARE[operator as keyof typeof COMPARE](column, operand))
      else throw new Error(`read model: no operator ${operator}`)
    }
  }
  return and(...parts)
}

/** Payload's order for a sort list: its fields, then its own tie-break (newest `createdAt` first). */
function order(table: Table, sort: string[]): SQL[] {
  const all = sort.some((s) => s.replace('-', '') === 'createdAt') ? sort : [...sort, '-createdAt']
  return all.map((s) => (s.startsWith('-') ? desc(table[s.slice(1)]) : asc(table[s])))
}

// Dates come back in the database's own text (PostgreSQL: `2026-02-01 08:00:00+00`); rows hold ISO text.
const toRow = (raw: Record<string, unknown>): AnswerRow => {
  const row = { ...raw } as Record<string, unknown>
  for (const field of DATES) if (row[field] != null) row[field] = new Date(row[field] as string).toISOString()
  return row as AnswerRow
}

export type RowsQuery = { where: Where; sort?: string[]; limit: number; page?: number; pagination: boolean }
export type Rows = { docs: AnswerRow[] } & Record<string, unknown>

/** The pagination fields as the SQL adapters' `find` gives them (same values, same order). */
function pageFields(totalDocs: number, found: number, limit: number, page: number, pagination: boolean) {
  const counted = pagination && totalDocs > 0
  const totalPages = counted ? Math.ceil(totalDocs / limit) : 1
  const hasPrevPage = counted && page > 1
  const hasNextPage = counted && totalPages > page
  return {
    hasNextPage,
    hasPrevPage,
    limit,
    nextPage: hasNextPage ? page + 1 : null,
    page,
    pagingCounter: counted ? (page - 1) * limit + 1 : 1,
    prevPage: hasPrevPage ? page - 1 : null,
    totalDocs: counted ? totalDocs : found,
    totalPages,
  }
}

/**
 * What `db.find` returns for this query, the rows holding the fields asked for; undefined when the
 * adapter is not a SQL one.
 */
export async function sqlRows(
  payload: Payload,
  { where, sort = [], limit, page = 1, pagination }: RowsQuery,
  fields: readonly string[],
): Promise<Rows | undefined> {
  const target = sqlTable(payload)
  if (!target) return undefined
  const { db, table } = target
  const filter = condition(table, where)
  const columns = Object.fromEntries(fields.map((field) => [field, table[field]]))
  const read = db
    .select(columns)
    .from(table)
    .where(filter)
    .orderBy(...order(table, sort))
    .limit(limit)
    .offset((page - 1) * limit)
  const counting = pagination ? db.select({ n: count() }).from(table).where(filter) : undefined
  const [raw, counted] = await Promise.all([read, counting])
  const docs = raw.map(toRow)
  return { docs, ...pageFields(Number(counted?.[0]?.n ?? 0), docs.length, limit, page, pagination) }
}
