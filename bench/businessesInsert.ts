import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import type { Business } from '../src/payload-types'

export type Listing = Omit<Business, 'id' | 'createdAt' | 'updatedAt' | 'chamber'> & { chamber: number | string }

type SqlDb = {
  execute?: (query: unknown) => Promise<{ rows: unknown[] }>
  run?: (query: unknown) => Promise<{ rows: unknown[] }>
}

/** Columns written, in order, with the value each listing gives. */
const COLUMNS: [string, (l: Listing) => unknown][] = [
  ['name', (l) => l.name],
  ['category', (l) => l.category],
  ['address', (l) => l.address],
  ['postal_code', (l) => l.postalCode],
  ['city', (l) => l.city],
  ['department_code', (l) => l.departmentCode],
  ['latitude', (l) => l.latitude],
  ['longitude', (l) => l.longitude],
  ['hours_monday', (l) => l.hours?.monday ?? null],
  ['owner_email', (l) => l.ownerEmail],
  ['chamber_id', (l) => l.chamber],
  ['status', (l) => l.status],
  ['submitted_at', (l) => l.submittedAt],
  ['confirmed_at', (l) => l.confirmedAt],
  ['expires_at', (l) => l.expiresAt],
  ['duplicate_key', (l) => l.duplicateKey],
]

/**
 * One batch of listings in one transaction. On SQLite and PostgreSQL: two multi-row INSERTs (the
 * listings, then their services), a hundred times faster than one adapter call per listing; on
 * MongoDB, the adapter's create per listing.
 */
export async function insertListings(payload: Payload, rows: Listing[]): Promise<void> {
  const transactionID = (await payload.db.beginTransaction()) as string
  const req = { transactionID, context: {} } as unknown as PayloadRequest
  try {
    if (payload.db.name === 'mongoose') {
      for (const data of rows) await payload.db.create({ collection: 'businesses', req, returning: false, data })
    } else {
      const db = (payload.db as unknown as { sessions: Record<string, { db: SqlDb }> }).sessions[transactionID].db
      const exec = (query: unknown) => (payload.db.name === 'postgres' ? db.execute!(query) : db.run!(query))
      const columns = sql.raw(COLUMNS.map(([name]) => `"${name}"`).join(', '))
      const values = sql.join(
        rows.map(
          (row) =>
            sql`(${sql.join(
              COLUMNS.map(([, get]) => sql`${get(row) ?? null}`),
              sql`, `,
            )})`,
        ),
        sql`, `,
      )
      const inserted = (await exec(sql`INSERT INTO "businesses" (${columns}) VALUES ${values} RETURNING "id", "name"`))
        .rows as { id: number; name: string }[]
      const idOf = new Map(inserted.map((r) => [r.name, r.id]))
      const services = rows.flatMap((row) =>
        (row.services ?? []).map((value, order) => sql`(${order + 1}, ${idOf.get(row.name)}, ${value})`),
      )
      if (services.length)
        await exec(
          sql`INSERT INTO "businesses_services" ("order", "parent_id", "value") VALUES ${sql.join(services, sql`, `)}`,
        )
    }
    await payload.db.commitTransaction(transactionID)
  } catch (error) {
    await payload.db.rollbackTransaction(transactionID)
    throw error
  }
}
