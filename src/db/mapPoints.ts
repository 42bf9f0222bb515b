import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload, PayloadRequest } from 'payload'

import type { MapPoint } from '../lib/crisis/mapIndex'
import type { Business } from '../payload-types'
import { transactionDb } from './transactionDb'

type Rows = { rows: Record<string, unknown>[] }
type SqlDb = { execute?: (query: unknown) => Promise<Rows>; run?: (query: unknown) => Promise<Rows> }

const FIELDS = ['latitude', 'longitude', 'category', 'services', 'name', 'city', 'phone', 'website', 'expiresAt']
// Bounded lists of ids per statement (SQLite's limit on parameters).
const CHUNK = 500

type Row = Omit<MapPoint, 'services' | 'expiresAt'> & { services?: string[] | null; expiresAt?: unknown }

const toPoint = (row: Row): MapPoint => ({
  id: row.id,
  latitude: Number(row.latitude),
  longitude: Number(row.longitude),
  category: row.category,
  services: row.services ?? [],
  name: row.name,
  city: row.city,
  phone: row.phone ?? null,
  website: row.website ?? null,
  expiresAt: row.expiresAt ? new Date(row.expiresAt as string).getTime() : 0,
})

/** SQLite and PostgreSQL: two plain statements (the listings, then their services in order). */
async function readSql(payload: Payload, ids?: (number | string)[]): Promise<MapPoint[]> {
  const { db } = await transactionDb<SqlDb>(payload)
  const run = async (query: unknown) => (payload.db.name === 'postgres' ? db.execute!(query) : db.run!(query))
  const only = ids
    ? sql` AND b."id" IN (${sql.join(
        ids.map((id) => sql`${Number(id)}`),
        sql`, `,
      )})`
    : sql``
  const listings = await run(sql`
    SELECT b."id", b."latitude", b."longitude", b."category", b."name", b."city", b."phone", b."website",
      b."expires_at" AS "expiresAt"
    FROM "businesses" b WHERE b."status" = 'published'${only}`)
  const services = await run(sql`
    SELECT s."parent_id" AS "parent", s."value" FROM "businesses_services" s
    JOIN "businesses" b ON b."id" = s."parent_id"
    WHERE b."status" = 'published'${only} ORDER BY s."parent_id", s."order"`)
  const byListing = new Map<unknown, string[]>()
  for (const { parent, value } of services.rows) {
    const list = byListing.get(Number(parent)) ?? []
    list.push(value as string)
    byListing.set(Number(parent), list)
  }
  return listings.rows.map((row) =>
    toPoint({ ...(row as unknown as MapPoint), id: Number(row.id), services: byListing.get(Number(row.id)) ?? [] }),
  )
}

/**
 * The published open businesses' map fields (all, or those among `ids`), read in bulk for the map's
 * index. On SQLite and PostgreSQL one SQL statement per table, a few hundred milliseconds for
 * 50,000 listings where the adapter's `find` takes seconds; elsewhere (MongoDB) the adapter's `find`.
 */
export async function readMapPoints(payload: Payload, ids?: (number | string)[]): Promise<MapPoint[]> {
  if (ids && ids.length > CHUNK) {
    const chunks: MapPoint[][] = []
    for (let at = 0; at < ids.length; at += CHUNK) chunks.push(await readMapPoints(payload, ids.slice(at, at + CHUNK)))
    return chunks.flat()
  }
  if (ids?.length === 0) return []
  const numericIds = !ids || ids.every((id) => /^\d+$/.test(String(id)))
  if ((payload.db.name === 'sqlite' || payload.db.name === 'postgres') && numericIds) return readSql(payload, ids)
  const { docs } = await payload.db.find<Business>({
    collection: 'businesses',
    where: { and: [{ status: { equals: 'published' } }, ...(ids ? [{ id: { in: ids } }] : [])] },
    select: Object.fromEntries(FIELDS.map((field) => [field, true as const])),
    pagination: false,
    limit: 0,
    // Outside any transaction: what is committed.
    req: {} as PayloadRequest,
  })
  return docs.map((doc) =>
    toPoint({ ...doc, phone: doc.phone ?? null, website: doc.website ?? null, expiresAt: doc.expiresAt }),
  )
}
