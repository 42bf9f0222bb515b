export type RateLimit = { limit: number; windowMs: number }

const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000 }

/**
 * `10/10m`, `30/1h`, `5/90s`, or a bare count (per `fallback`'s window). Anything else is a
 * configuration error, reported at start-up rather than ignored.
 */
export function parseRateLimit(value: string | undefined, fallback: RateLimit, name = 'rate limit'): RateLimit {
  if (value === undefined || value.trim() === '') return fallback
  const match = /^\s*(\d+)\s*(?:\/\s*(\d+)\s*([smh]))?\s*$/.exec(value)
  const limit = Number(match?.[1])
  if (!match || limit < 1)
    throw new Error(`${name} must look like "10/10m" (requests per window, in s, m or h); got "${value}".`)
  const windowMs = match[2] ? Number(match[2]) * UNITS[match[3]] : fallback.windowMs
  if (windowMs < 1000) throw new Error(`${name}: the window must be at least one second; got "${value}".`)
  return { limit, windowMs }
}

export type Verdict = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number }

/**
 * A sliding window per key (a client address), in memory: each instance of the platform counts
 * its own clients. Old entries are dropped as keys are touched and in a sweep every 1,000 hits.
 */
export class SlidingWindowLimiter {
  private readonly hits = new Map<string, number[]>()
  private sinceSweep = 0

  constructor(private readonly rule: RateLimit) {}

  hit(key: string, now: number): Verdict {
    if ((this.sinceSweep += 1) >= 1000) this.sweep(now)
    const recent = this.recent(key, now)
    if (recent.length >= this.rule.limit) {
      return {
        allowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil((recent[0] + this.rule.windowMs - now) / 1000)),
      }
    }
    recent.push(now)
    this.hits.set(key, recent)
    return { allowed: true, remaining: this.rule.limit - recent.length }
  }

  private recent(key: string, now: number): number[] {
    return (this.hits.get(key) ?? []).filter((at) => at > now - this.rule.windowMs)
  }

  private sweep(now: number): void {
    this.sinceSweep = 0
    for (const key of [...this.hits.keys()]) {
      const recent = this.recent(key, now)
      if (recent.length) this.hits.set(key, recent)
      else this.hits.delete(key)
    }
  }
}
