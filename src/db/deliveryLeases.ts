import { sql } from '@payloadcms/db-postgres/drizzle'
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
  type Where,
} from 'payload'

import { transactionDb } from './transactionDb'

/*
 * Claiming work from the outbox must be atomic across processes, which Payload's own queries are
 * not (they read, then write). Each adapter gets the statement that is: PostgreSQL's
 * `FOR UPDATE SKIP LOCKED`, SQLite's single-writer `UPDATE … RETURNING`, MongoDB's
 * `findOneAndUpdate`. A delivery is claimable when it is due, or when the worker that held it
 * stopped renewing its lease (it died); and only when no earlier delivery with the same order key
 * is still pending, so that a withdrawal never overtakes its post.
 */

type Rows = { rows: Record<string, unknown>[] }
type SqlDb = { execute?: (query: unknown) => Promise<Rows>; run?: (query: unknown) => Promise<Rows> }
type MongoModel = {
  findOneAndUpdate: (filter: object, update: object, options: object) => Promise<{ _id: unknown } | null>
  updateMany: (filter: object, update: object, options?: object) => Promise<{ modifiedCount: number }>
  updateOne: (filter: object, update: object, options?: object) => Promise<{ modifiedCount: number }>
  find: (filter: object) => {
    sort: (s: object) => { limit: (n: number) => { lean: () => Promise<Record<string, unknown>[]> } }
  }
}

const PENDING = ['queued', 'retrying'] as const

const kind = (payload: Payload) => payload.db.name as 'sqlite' | 'postgres' | 'mongoose'

async function run(payload: Payload, query: unknown, req?: PayloadRequest): Promise<Record<string, unknown>[]> {
  const { db } = await transactionDb<SqlDb>(payload, req)
  const result = kind(payload) === 'postgres' ? await db.execute!(query) : await db.run!(query)
  return result.rows
}

/**
 * Writes go through a transaction even when they are one statement: on SQLite a transaction takes
 * the write lock first (BEGIN IMMEDIATE, waiting its turn), whereas a lone UPDATE starts as a
 * reader and fails outright (SQLITE_BUSY_SNAPSHOT) when another connection commits meanwhile.
 */
async function inTransaction<T>(payload: Payload, work: (req: PayloadRequest) => Promise<T>): Promise<T> {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const result = await work(req)
    await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

const model = (payload: Payload) =>
  (payload.db as unknown as { collections: Record<string, MongoModel> }).collections.deliveries

const timestamp = (payload: Payload, date: Date) =>
  kind(payload) === 'postgres' ? sql`${date.toISOString()}::timestamptz` : sql`${date.toISOString()}`

/** Takes up to `limit` due deliveries for `owner` until `until`; returns their ids. */
export async function claimDeliveries(
  payload: Payload,
  input: { owner: string; limit: number; now: Date; until: Date; busy?: (number | string)[] },
): Promise<(number | string)[]> {
  if (input.limit <= 0) return []
  if (kind(payload) === 'mongoose') return claimMongo(payload, input)
  const now = timestamp(payload, input.now)
  const lock = kind(payload) === 'postgres' ? sql`FOR UPDATE SKIP LOCKED` : sql``
  const busy = input.busy?.length
    ? sql`AND c.id NOT IN (${sql.join(
        input.busy.map((id) => sql`${id}`),
        sql`, `,
      )})`
    : sql``
  const rows = await inTransaction(payload, (req) =>
    run(
      payload,
      sql`UPDATE deliveries SET status = 'sending', lease_owner = ${input.owner}, lease_expires_at = ${timestamp(payload, input.until)}
      WHERE id IN (
        SELECT c.id FROM deliveries c
        WHERE ((c.status IN ('queued', 'retrying') AND c.next_attempt_at <= ${now}) OR (c.status = 'sending' AND c.lease_expires_at < ${now}))
          AND NOT EXISTS (SELECT 1 FROM deliveries p WHERE p.order_key = c.order_key AND p.id < c.id AND p.status IN ('queued', 'retrying', 'sending'))
          ${busy}
        ORDER BY c.next_attempt_at, c.id
        LIMIT ${input.limit}
        ${lock})
      RETURNING id`,
      req,
    ),
  )
  return rows.map((row) => row.id as number | string)
}

async function claimMongo(
  payload: Payload,
  input: { owner: string; limit: number; now: Date; until: Date; busy?: (number | string)[] },
): Promise<(number | string)[]> {
  const deliveries = model(payload)
  const claimed: (number | string)[] = []
  const due = {
    $or: [
      { status: { $in: PENDING }, nextAttemptAt: { $lte: input.now } },
      { status: 'sending', leaseExpiresAt: { $lt: input.now } },
    ],
  }
  const candidates = await deliveries
    .find(due)
    .sort({ nextAttemptAt: 1, _id: 1 })
    .limit(input.limit * 4)
    .lean()
  for (const candidate of candidates) {
    if (claimed.length >= input.limit) break
    if (input.busy?.map(String).includes(String(candidate._id))) continue
    const earlier = await deliveries
      .find({ orderKey: candidate.orderKey, _id: { $lt: candidate._id }, status: { $in: [...PENDING, 'sending'] } })
      .sort({ _id: 1 })
      .limit(1)
      .lean()
    if (earlier.length) continue
    const taken = await deliveries.findOneAndUpdate(
      { _id: candidate._id, ...due },
      { $set: { status: 'sending', leaseOwner: input.owner, leaseExpiresAt: input.until } },
      { new: true },
    )
    if (taken) claimed.push(String(taken._id))
  }
  return claimed
}

/** Keeps the owner's leases alive while it works on them. */
export async function renewLeases(
  payload: Payload,
  owner: string,
  ids: (number | string)[],
  until: Date,
): Promise<void> {
  if (!ids.length) return
  if (kind(payload) === 'mongoose') {
    await model(payload).updateMany({ _id: { $in: ids }, leaseOwner: owner }, { $set: { leaseExpiresAt: until } })
    return
  }
  await inTransaction(payload, (req) =>
    run(
      payload,
      sql`UPDATE deliveries SET lease_expires_at = ${timestamp(payload, until)} WHERE lease_owner = ${owner} AND id IN (${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )})`,
      req,
    ),
  )
}

/**
 * In the transaction that records an attempt: releases the lease if the owner still holds it.
 * False means another worker took the delivery over (this one was presumed dead); its result is
 * then not written.
 */
export async function releaseLease(
  payload: Payload,
  req: PayloadRequest,
  id: number | string,
  owner: string,
): Promise<boolean> {
  if (kind(payload) === 'mongoose') {
    const session = (payload.db as unknown as { sessions: Record<string, unknown> }).sessions[
      String(await req.transactionID)
    ]
    const result = await model(payload).updateOne(
      { _id: id, leaseOwner: owner },
      { $set: { leaseOwner: null } },
      { session },
    )
    return result.modifiedCount === 1
  }
  const rows = await run(
    payload,
    sql`UPDATE deliveries SET lease_owner = NULL WHERE id = ${id} AND lease_owner = ${owner} RETURNING id`,
    req,
  )
  return rows.length === 1
}

/** When the next delivery falls due (a retry, the end of an embargo, a lease running out); null when none is pending. */
export async function nextDueAt(payload: Payload): Promise<Date | null> {
  const first = async (where: Where, field: 'nextAttemptAt' | 'leaseExpiresAt') => {
    const { docs } = await payload.db.find<{ nextAttemptAt?: string | null; leaseExpiresAt?: string | null }>({
      collection: 'deliveries',
      where,
      sort: field,
      limit: 1,
      pagination: false,
      select: { [field]: true },
      req: NO_TRANSACTION,
    })
    const value = docs[0]?.[field]
    return value ? new Date(value).getTime() : Number.POSITIVE_INFINITY
  }
  const due = Math.min(
    await first({ status: { in: [...PENDING] } }, 'nextAttemptAt'),
    await first({ status: { equals: 'sending' } }, 'leaseExpiresAt'),
  )
  return Number.isFinite(due) ? new Date(due) : null
}

// Reads outside any transaction: the adapter-level API needs a request only to find one.
const NO_TRANSACTION = {} as PayloadRequest
