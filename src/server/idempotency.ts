import { createHash } from 'node:crypto'
import type { Request, RequestHandler, Response } from 'express'
import type { Payload, PayloadRequest } from 'payload'

import { say, translatorFor } from '../i18n/translate'
import {
  creationSlot,
  decide,
  KEY_STORE as KV,
  keepsAnswer,
  type Slot,
  type Stored,
  validKey,
} from '../lib/idempotency'
import { ownDescription } from '../openapi/customEndpoints'
import { fetchHeaders, readBody } from './fetchBridge'

// Kept beside the work it guards, not inside its transaction: a rollback must not forget the key.
const NO_TRANSACTION = {} as PayloadRequest

type Row = { id: number | string; data?: Stored }

/** Creations under a collection's own route: the crisis services' public forms (`POST /api/businesses/submit`). */
const IDEMPOTENT_SUBROUTES = new Set(['submit'])

/**
 * `Idempotency-Key` on `POST /api/<collection>` (the public question intake included). Keys are
 * stored in the database (`payload-kv`), so every instance agrees; they belong to the account, or
 * to the client address for anonymous clients.
 */
export function idempotency(payload: Payload): RequestHandler {
  const collections = new Set(payload.config.collections.map((collection) => collection.slug))
  const ownCreateRoutes = new Set<string>(
    payload.config.collections
      .filter(
        ({ endpoints }) =>
          endpoints && endpoints.some((e) => e.path === '/' && e.method === 'post' && ownDescription(e)),
      )
      .map(({ slug }) => slug),
  )
  return async (req, res, next) => {
    const key = req.get('idempotency-key')
    const [slug, ...rest] = req.path.slice('/api/'.length).split('/')
    const subroute = rest.length === 1 && IDEMPOTENT_SUBROUTES.has(rest[0])
    if (key === undefined || req.method !== 'POST' || !req.path.startsWith('/api/') || (rest.length && !subroute))
      return next()
    if (!collections.has(slug as (typeof payload.config.collections)[number]['slug'])) return next()
    try {
      const refuse = async (status: number, message: Parameters<typeof say>[1]) => {
        const t = await translatorFor(payload.config, fetchHeaders(req))
        res
          .status(status)
          .setHeader('cache-control', 'no-store')
          .json({ errors: [{ message: say(t, message) }] })
      }
      if (!validKey(key)) return refuse(400, 'idempotencyKeyInvalid')
      const body = await readBody(req)
      const storageKey = `idempotency:${await scopeOf(payload, req)}:${sha256(key)}`
      const fingerprint = sha256(`${req.method} ${req.originalUrl}\n${body.toString('base64')}`)
      const slot: Slot = {
        key: storageKey,
        fingerprint,
        at: Date.now(),
        // An endpoint of ours keeps its own answer (keepOwnAnswer); Payload's create route is kept by a hook.
        collection: subroute || ownCreateRoutes.has(slug) ? null : slug,
        depth: 0,
        written: false,
      }
      const decision = await reserve(payload, slot)
      if (decision === 'reserved') return keepAnswer(payload, slot, res, next)
      if (decision.kind === 'mismatch') return refuse(422, 'idempotencyKeyReused')
      if (decision.kind === 'in-flight') return refuse(409, 'idempotencyKeyInFlight')
      res
        .status(decision.status)
        .setHeader('content-type', decision.contentType)
        .setHeader('idempotent-replayed', 'true')
      res.setHeader('cache-control', 'no-store').end(decision.body)
    } catch (error) {
      next(error)
    }
  }
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

/** The account behind the request's credentials, else its address. */
async function scopeOf(payload: Payload, req: Request): Promise<string> {
  if (req.headers.authorization || req.headers.cookie) {
    const { user } = await payload.auth({ headers: fetchHeaders(req) })
    if (user) return `user:${user.id}`
  }
  return `address:${req.ip ?? req.socket.remoteAddress ?? 'unknown'}`
}

/** Takes the key for this request, atomically (the key is unique), or says what the stored one means. */
async function reserve(
  payload: Payload,
  { key, fingerprint, at }: Slot,
): Promise<'reserved' | Exclude<ReturnType<typeof decide>, { kind: 'take-over' }>> {
  const pending: Stored = { state: 'pending', fingerprint, at }
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await payload.db.create({ collection: KV, data: { key, data: pending }, req: NO_TRANSACTION })
      return 'reserved'
    } catch (error) {
      const row = await findKey(payload, key)
      if (!row?.data) {
        if (attempt === 2) throw error
        continue
      }
      const decision = decide(row.data, fingerprint, Date.now())
      if (decision.kind !== 'take-over') return decision
      await payload.db.deleteOne({ collection: KV, where: { id: { equals: row.id } }, req: NO_TRANSACTION })
    }
  }
  throw new Error(`Idempotency key ${key} could not be reserved.`)
}

const findKey = (payload: Payload, key: string) =>
  payload.db.findOne<Row>({
    collection: KV,
    where: { key: { equals: key } },
    req: NO_TRANSACTION,
  }) as Promise<Row | null>

/** Lets the request through and keeps its answer under the key (or frees the key when the answer is not final). */
function keepAnswer(payload: Payload, slot: Slot, res: Response, next: () => void): void {
  const chunks: Buffer[] = []
  const end = res.end.bind(res) as (...args: unknown[]) => Response
  const collect = (chunk: unknown) => {
    if (chunk && typeof chunk !== 'function') chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string))
  }
  const callbackIn = (args: unknown[]) => args.find((arg): arg is () => void => typeof arg === 'function')
  // Nothing reaches the client, not even the status line, until the answer is kept: a client that
  // retries as soon as it reads the status finds the answer, not a request still in flight.
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    collect(chunk)
    const done = callbackIn(rest)
    if (done) queueMicrotask(done)
    return true
  }) as Response['write']
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    collect(chunk)
    const done = callbackIn([chunk, ...rest])
    const body = Buffer.concat(chunks)
    settle(payload, slot, res, body)
      .catch((error: unknown) => payload.logger.error({ err: error, msg: 'idempotency key not settled' }))
      .finally(() => (done ? end(body, done) : end(body)))
    return res
  }) as Response['end']
  creationSlot.run(slot, next)
}

async function settle(payload: Payload, { key, fingerprint }: Slot, res: Response, body: Buffer): Promise<void> {
  const row = await findKey(payload, key)
  if (!row) return
  if (!keepsAnswer(res.statusCode)) {
    await payload.db.deleteOne({ collection: KV, where: { id: { equals: row.id } }, req: NO_TRANSACTION })
    return
  }
  const contentType = String(res.getHeader('content-type') ?? 'application/json')
  const done: Stored = {
    state: 'done',
    fingerprint,
    at: row.data?.at ?? Date.now(),
    status: res.statusCode,
    contentType,
    body: body.toString('utf8'),
  }
  await payload.db.updateOne({
    collection: KV,
    where: { id: { equals: row.id } },
    data: { data: done },
    req: NO_TRANSACTION,
  })
}
