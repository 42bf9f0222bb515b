import type { Redis } from 'ioredis'
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  type RateLimiterRes,
} from 'rate-limiter-flexible'

/** One more request in the key's current window: how many so far, and when the window ends. */
export interface RateLimitStore {
  hit(key: string, windowMs: number): Promise<{ count: number; resetInMs: number }>
}

/**
 * Fixed windows counted by rate-limiter-flexible, one limiter per window length. The stores only
 * count (`penalty` adds a point without refusing): the middleware compares the count with the
 * limit of the request's kind, so that one store serves every limit.
 */
abstract class CountingStore implements RateLimitStore {
  private readonly limiters = new Map<number, RateLimiterAbstract>()

  protected abstract limiter(durationSeconds: number): RateLimiterAbstract

  async hit(key: string, windowMs: number) {
    const seconds = Math.max(1, Math.ceil(windowMs / 1000))
    let limiter = this.limiters.get(seconds)
    if (!limiter) this.limiters.set(seconds, (limiter = this.limiter(seconds)))
    const res: RateLimiterRes = await limiter.penalty(key, 1)
    return { count: res.consumedPoints, resetInMs: res.msBeforeNext > 0 ? res.msBeforeNext : windowMs }
  }
}

/** In this process's memory: right for a single instance. */
export class MemoryRateLimitStore extends CountingStore {
  protected limiter(duration: number) {
    return new RateLimiterMemory({ points: Number.MAX_SAFE_INTEGER, duration })
  }
}

/** Shared by every instance through Redis (`REDIS_URL`); the counter and its expiry are set atomically. */
export class RedisRateLimitStore extends CountingStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {
    super()
  }

  protected limiter(duration: number) {
    return new RateLimiterRedis({
      storeClient: this.redis,
      // `<prefix>ratelimit:<key>`, as before: a key (bucket and address) always comes with the same window.
      keyPrefix: `${this.prefix}ratelimit`,
      points: Number.MAX_SAFE_INTEGER,
      duration,
    })
  }
}
