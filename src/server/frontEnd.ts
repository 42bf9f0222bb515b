import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { databaseChanges, type ChangeFeed } from '../cache/changeFeed'
import { embargoEnds } from '../cache/embargo'
import { closeRedisClients, redisClient } from '../cache/redis'
import { forgetRedisBuses, redisBus } from '../cache/redisBus'
import { shareChangeFeed } from '../cache/sharedChangeFeed'
import { tokenCookieName } from './credentials'
import type { Respond } from './fetchBridge'
import { shareFormLimitStore } from './formLimits'
import { httpCache } from './httpCache'
import { Freshness } from './httpCache/freshness'
import { ResponseStore } from './httpCache/store'
import { rateLimit } from './rateLimit'
import { MemoryRateLimitStore, RedisRateLimitStore } from './rateLimitStores'
import type { FrontEndSettings } from './settings'

export type FrontEndServices = {
  rateLimit: RequestHandler
  cache: { lookup: RequestHandler; respond: Respond }
  close: () => Promise<void>
}

const MAX_ENTRY_BYTES = 2 * 1024 * 1024

/**
 * What serving the public API at scale needs beside Payload: rate limits and the response cache,
 * in memory for one instance or shared through Redis (`REDIS_URL`) for several.
 */
export function frontEndServices(payload: Payload, settings: FrontEndSettings): FrontEndServices {
  const { redis } = settings
  const log = { warn: (message: string) => payload.logger.warn(message) }
  const changes: ChangeFeed = shareChangeFeed(
    payload,
    redis ? redisBus(redis.url, redis.prefix, log, redis.ackTimeoutMs) : databaseChanges(payload),
  )
  const responses = new ResponseStore(settings.cache.maxBytes, MAX_ENTRY_BYTES)
  const store = settings.cache.enabled
    ? { responses, freshness: new Freshness(changes, embargoEnds(payload), responses) }
    : undefined
  const limits = redis
    ? new RedisRateLimitStore(redisClient(redis.url, 'commands'), redis.prefix)
    : new MemoryRateLimitStore()
  shareFormLimitStore(limits)
  return {
    rateLimit: rateLimit(
      settings.rateLimits,
      limits,
      () => payload.secret,
      log.warn,
      tokenCookieName(payload.config),
      payload.config,
    ),
    cache: httpCache({ lifetimes: settings.cache.lifetimes, store, cookieName: tokenCookieName(payload.config) }),
    close: async () => {
      await changes.close()
      if (redis) {
        forgetRedisBuses()
        await closeRedisClients()
      }
    },
  }
}
