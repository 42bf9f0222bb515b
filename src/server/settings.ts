import { parseCorsOrigins } from '../lib/corsOrigins'
import { intFromEnv } from '../lib/env'
import type { CacheLifetimes } from './httpCache/policy'
import type { RateLimits } from './rateLimit'

export type FrontEndSettings = {
  corsOrigins: string[] | '*'
  cache: { enabled: boolean; lifetimes: CacheLifetimes; maxBytes: number }
  /** Anonymous reads it holds answered from the public read model (src/readModel). */
  readModel: boolean
  rateLimits: RateLimits
  redis?: { url: string; prefix: string; ackTimeoutMs: number }
}

/** The environment variables of the public API's serving layer (see the README's configuration table). */
export function frontEndSettings(env: NodeJS.ProcessEnv): FrontEndSettings {
  const cache = (env.HTTP_CACHE ?? 'on').toLowerCase()
  if (cache !== 'on' && cache !== 'off') throw new Error(`HTTP_CACHE must be "on" or "off", got "${env.HTTP_CACHE}".`)
  const readModel = (env.READ_MODEL ?? 'on').toLowerCase()
  if (readModel !== 'on' && readModel !== 'off')
    throw new Error(`READ_MODEL must be "on" or "off", got "${env.READ_MODEL}".`)
  return {
    readModel: readModel === 'on',
    corsOrigins: parseCorsOrigins(env.CORS_ORIGINS),
    cache: {
      enabled: cache === 'on',
      lifetimes: {
        sharedMaxAge: intFromEnv(env, 'CACHE_S_MAXAGE', 10),
        staleWhileRevalidate: intFromEnv(env, 'CACHE_STALE_WHILE_REVALIDATE', 30),
      },
      maxBytes: intFromEnv(env, 'CACHE_MAX_MB', 64) * 1024 * 1024,
    },
    rateLimits: {
      api: intFromEnv(env, 'RATE_LIMIT_API_PER_MINUTE', 600),
      login: intFromEnv(env, 'RATE_LIMIT_LOGIN_PER_MINUTE', 10),
      post: intFromEnv(env, 'RATE_LIMIT_POST_PER_MINUTE', 30),
    },
    redis: env.REDIS_URL
      ? {
          url: env.REDIS_URL,
          prefix: env.REDIS_PREFIX || 'newsroom:',
          ackTimeoutMs: intFromEnv(env, 'CACHE_INVALIDATION_TIMEOUT_MS', 2000),
        }
      : undefined,
  }
}
