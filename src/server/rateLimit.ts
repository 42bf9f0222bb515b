import type { Request, RequestHandler } from 'express'
import type { SanitizedConfig } from 'payload'

import { say, translatorFor } from '../i18n/translate'

import { isValidToken, tokenOf } from './credentials'
import { fetchHeaders } from './fetchBridge'
import { graphqlOperationOf } from './graphqlBody'
import type { RateLimitStore } from './rateLimitStores'

export type RateLimits = {
  /** Anonymous reads of the API and the feeds, per address and minute (0: no limit). */
  api: number
  /** Sign-in and password-reset attempts, per address and minute, signed in or not. */
  login: number
  /** Other anonymous writes (forms, GraphQL mutations), per address and minute. */
  post: number
}

type Bucket = keyof RateLimits

const WINDOW_MS = 60_000
const LOGIN_PATHS = /^\/api\/users\/(login|forgot-password|reset-password|first-register|unlock)$/
const LOGIN_MUTATIONS = new Set(['loginUser', 'forgotPasswordUser', 'resetPasswordUser', 'unlockUser'])

/** Which limit a request counts against, or none. */
async function bucketOf(req: Request, signedIn: () => Promise<boolean>): Promise<Bucket | undefined> {
  if (!req.path.startsWith('/api/') && !req.path.startsWith('/feeds/')) return undefined
  if (req.method === 'OPTIONS') return undefined
  if (req.method === 'POST' && LOGIN_PATHS.test(req.path)) return 'login'
  const graphql = graphqlOperationOf(req)
  if (graphql?.fields.some((field) => LOGIN_MUTATIONS.has(field))) return 'login'
  if (await signedIn()) return undefined
  if (req.method === 'GET' || req.method === 'HEAD' || graphql?.operation === 'query') return 'api'
  return 'post'
}

/**
 * Per-address limits in fixed one-minute windows. A store failure (Redis down) lets requests
 * through rather than taking the site down with it. `cookieName` is Payload's session cookie
 * (tokenCookieName(config)); `config` gives the refusal the request's language.
 */
export function rateLimit(
  limits: RateLimits,
  store: RateLimitStore,
  secret: () => string,
  log: (message: string) => void,
  cookieName: string | undefined,
  config: SanitizedConfig,
): RequestHandler {
  let lastWarning = 0
  return async (req, res, next) => {
    const token = tokenOf(req, cookieName)
    const bucket = await bucketOf(req, async () => Boolean(token && (await isValidToken(token, secret()))))
    const limit = bucket ? limits[bucket] : 0
    if (!bucket || !limit) return next()
    let count: number
    let resetInMs: number
    try {
      ;({ count, resetInMs } = await store.hit(`${bucket}:${req.ip}`, WINDOW_MS))
    } catch (error) {
      if (Date.now() - lastWarning > WINDOW_MS) {
        lastWarning = Date.now()
        log(`rate limit store unavailable, not limiting: ${(error as Error).message}`)
      }
      return next()
    }
    const reset = Math.max(1, Math.ceil(resetInMs / 1000))
    res.setHeader('RateLimit-Limit', String(limit))
    res.setHeader('RateLimit-Remaining', String(Math.max(0, limit - count)))
    res.setHeader('RateLimit-Reset', String(reset))
    if (count <= limit) return next()
    res.setHeader('Retry-After', String(reset))
    res.setHeader('Cache-Control', 'no-store')
    const t = await translatorFor(config, fetchHeaders(req))
    res.status(429).json({ errors: [{ message: say(t, `tooMany_${bucket}`, { limit, reset }) }] })
  }
}
