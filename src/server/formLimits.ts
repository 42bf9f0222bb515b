import type { PayloadRequest } from 'payload'

import { translate, type MessageKey } from '../i18n/translate'
import type { RateLimit, Verdict } from '../lib/rateLimit'
import { CLIENT_ADDRESS_HEADER } from './fetchBridge'
import { MemoryRateLimitStore, type RateLimitStore } from './rateLimitStores'

let store: RateLimitStore = new MemoryRateLimitStore()

/**
 * Public forms count in the store the server's own limits use (Redis when `REDIS_URL`), so that
 * every instance agrees on how often an address has sent a form. Set once the server starts.
 */
export const shareFormLimitStore = (shared: RateLimitStore) => {
  store = shared
}

/**
 * One more submission of `form` from the request's client address, under `rule`: the 429 to answer
 * (`tooMany` in the request's language, with Retry-After) once the address is over it, else null.
 * A store failure (Redis down) lets the form through, as the server's own limits do, and says so in the log.
 */
export const formLimit = (form: string, rule: RateLimit, tooMany: MessageKey) => {
  const count = countIn(form, rule)
  return async (req: PayloadRequest): Promise<Response | null> => {
    const verdict = await count(req)
    if (verdict.allowed) return null
    const seconds = verdict.retryAfterSeconds
    return Response.json(
      { errors: [{ message: translate(req, tooMany, { seconds }) }] },
      { status: 429, headers: { 'retry-after': String(seconds), 'cache-control': 'no-store' } },
    )
  }
}

const countIn =
  (form: string, rule: RateLimit) =>
  async (req: PayloadRequest): Promise<Verdict> => {
    const address = req.headers.get(CLIENT_ADDRESS_HEADER) ?? 'unknown'
    try {
      const { count, resetInMs } = await store.hit(`form:${form}:${address}`, rule.windowMs)
      if (count <= rule.limit) return { allowed: true, remaining: rule.limit - count }
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(resetInMs / 1000)) }
    } catch (error) {
      req.payload.logger.warn(`rate limit store unavailable, ${form} not limited: ${(error as Error).message}`)
      return { allowed: true, remaining: 0 }
    }
  }
