import type { Request, RequestHandler, Response as ExpressResponse } from 'express'
import { createHash } from 'node:crypto'

import { recordingReads } from '../../cache/readTags'
import { hasCredentials } from '../credentials'
import { bufferedBodies, sendFetchResponse, type Respond } from '../fetchBridge'
import { graphqlOperationOf } from '../graphqlBody'
import { matchesIfNoneMatch, strongEtag } from './etag'
import type { Freshness, Ticket } from './freshness'
import {
  cachePolicy,
  PRIVATE_CACHE_CONTROL,
  publicCacheControl,
  VARY,
  type CacheLifetimes,
  type CachePolicy,
} from './policy'
import type { CachedResponse, ResponseStore } from './store'

type Fill = { key: string; ticket: Ticket; tags: Set<string>; settle: (entry: CachedResponse | null) => void }
type State = { policy: CachePolicy; fill?: Fill }

// Per-request and per-connection headers, and those this layer sets itself on every answer.
const NOT_STORED =
  /^(set-cookie|content-length|transfer-encoding|connection|keep-alive|date|etag|cache-control|vary|x-cache|content-security-policy|access-control-.*)$/

export type HttpCacheOptions = {
  lifetimes: CacheLifetimes
  /** Absent when the in-process cache is off: answers still get their validators and lifetimes. */
  store?: { responses: ResponseStore; freshness: Freshness }
  /** Payload's session cookie (tokenCookieName(config)): a request carrying it is never shared. */
  cookieName?: string
}

const hasErrors = (body: Buffer) => {
  try {
    return 'errors' in (JSON.parse(body.toString('utf8')) as object)
  } catch {
    return true
  }
}

const sha1 = (data: Buffer) => createHash('sha1').update(data).digest('base64url')

/** What identifies a cacheable answer: the URL of an anonymous read, or the body of an anonymous GraphQL query. */
function keyOf(req: Request, policy: CachePolicy, cookieName?: string): string | undefined {
  if (policy === 'public') return `GET ${req.protocol}://${req.get('host')}${req.originalUrl}`
  const graphql = graphqlOperationOf(req)
  const body = bufferedBodies.get(req)
  if (graphql?.operation === 'query' && !hasCredentials(req, cookieName) && body)
    return `GRAPHQL ${req.get('host')} ${sha1(body)}`
  return undefined
}

/**
 * HTTP caching in front of the API: validators (strong ETag, 304), lifetimes (public for anonymous
 * reads of published content, `private, no-store` for the rest), and an in-process cache of
 * anonymous answers, each dropped when something it read changes or an embargo it hid ends.
 * Concurrent misses on one key wait for a single computation.
 */
export function httpCache({ lifetimes, store, cookieName }: HttpCacheOptions): {
  lookup: RequestHandler
  respond: Respond
} {
  const states = new WeakMap<ExpressResponse, State>()
  const inflight = new Map<string, Promise<CachedResponse | null>>()

  const send = (req: Request, res: ExpressResponse, entry: CachedResponse, policy: CachePolicy, outcome: string) => {
    res.status(entry.status)
    for (const [name, value] of entry.headers) res.setHeader(name, value)
    res.setHeader('X-Cache', outcome)
    if (policy !== 'public') {
      res.setHeader('Cache-Control', PRIVATE_CACHE_CONTROL)
    } else {
      res.setHeader('ETag', entry.etag)
      res.setHeader('Cache-Control', publicCacheControl(lifetimes, store?.freshness.secondsToEmbargoEnd()))
      res.setHeader('Vary', VARY)
      if (matchesIfNoneMatch(req.headers['if-none-match'], entry.etag)) {
        res.status(304).end()
        return
      }
    }
    res.setHeader('Content-Length', entry.body.length)
    res.end(req.method === 'HEAD' ? undefined : entry.body)
  }

  const lookup: RequestHandler = async (req, res, next) => {
    const search = new URLSearchParams(req.originalUrl.split('?')[1] ?? '')
    const policy = cachePolicy(req.method, req.path, search, hasCredentials(req, cookieName))
    const state: State = { policy }
    states.set(res, state)
    const key = keyOf(req, policy, cookieName)
    if (!store || !key) return next()
    const ticket = await store.freshness.ticket().catch(() => null)
    if (!ticket) return next()
    const hit = store.responses.get(key)
    if (hit) return send(req, res, hit, policy, 'HIT')
    const flight = key
    const pending = inflight.get(flight)
    if (pending) {
      const entry = await pending
      return entry ? send(req, res, entry, policy, 'HIT') : next()
    }
    let settle!: (entry: CachedResponse | null) => void
    const flying = new Promise<CachedResponse | null>((resolve) => (settle = resolve))
    inflight.set(flight, flying)
    const done = (entry: CachedResponse | null) => {
      settle(entry)
      if (inflight.get(flight) === flying) inflight.delete(flight)
    }
    // An answer that fails or is abandoned must not leave the waiters hanging.
    res.once('close', () => done(null))
    const tags = new Set<string>()
    state.fill = { key, ticket, tags, settle: done }
    recordingReads(tags, next)
  }

  const respond: Respond = async (req, res, response) => {
    const state = states.get(res) ?? { policy: 'none' as const }
    const cacheable = response.status === 200 && !response.headers.has('set-cookie')
    if (state.policy === 'none') return sendFetchResponse(response, res)
    if (!cacheable || (state.policy === 'private' && !state.fill)) {
      state.fill?.settle(null)
      return sendFetchResponse(response, res, {
        'cache-control': state.policy === 'public' ? 'no-store' : PRIVATE_CACHE_CONTROL,
      })
    }
    const body = Buffer.from(await response.arrayBuffer())
    const headers = [...response.headers].filter(([name]) => !NOT_STORED.test(name))
    const { fill } = state
    const entry: CachedResponse = {
      status: 200,
      headers,
      body,
      etag: strongEtag(body),
      tags: fill ? [...fill.tags] : [],
    }
    // A GraphQL answer with errors (access refused, bad query) is not kept.
    const storable = state.policy === 'public' || !hasErrors(body)
    if (fill && store && storable && store.freshness.storable(fill.ticket, entry.tags)) {
      store.responses.set(fill.key, entry)
      fill.settle(entry)
    } else {
      fill?.settle(null)
    }
    send(req, res, entry, state.policy, fill ? 'MISS' : 'BYPASS')
  }

  return { lookup, respond }
}
