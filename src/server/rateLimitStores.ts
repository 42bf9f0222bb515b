import type { Redis } from 'ioredis'

/** One more request in the key's current window: how many so far, and when the window ends. */
export interface RateLimitStore {
  hit(key: string, windowMs: number): Promise<{ count: number; resetInMs: number }>
}

/** Fixed windows in this process's memory: right for a single instance. */
export class MemoryRateLimitStore implements RateLimitStore {
  private readonly windows = new Map<string, { count: number; resetAt: number }>()
  private nextSweep = 0

  async hit(key: string, windowMs: number) {
    const now = Date.now()
    // Expired windows are dropped once per window, so idle addresses do not accumulate.
    if (now >= this.nextSweep) {
      for (const [k, w] of this.windows) if (w.resetAt <= now) this.windows.delete(k)
      this.nextSweep = now + windowMs
    }
    let window = this.windows.get(key)
    if (!window || window.resetAt <= now) this.windows.set(key, (window = { count: 0, resetAt: now + windowMs }))
    window.count += 1
    return { count: window.count, resetInMs: window.resetAt - now }
  }
}

// INCR and set the expiry on the first hit, atomically: a crash between the two cannot leave a
// counter that never expires.
const FIXED_WINDOW = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return { count, redis.call('PTTL', KEYS[1]) }`

/** Fixed windows shared by every instance through Redis. */
export class RedisRateLimitStore implements RateLimitStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async hit(key: string, windowMs: number) {
    const [count, ttl] = (await this.redis.eval(FIXED_WINDOW, 1, `${this.prefix}ratelimit:${key}`, windowMs)) as [number, number]
    return { count, resetInMs: ttl > 0 ? ttl : windowMs }
  }
}
