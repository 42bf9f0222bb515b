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
