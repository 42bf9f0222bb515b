/**
 * When to try a failed delivery again: exponential-ish backoff over about a day (Standard Webhooks'
 * advice), with jitter so that a receiver coming back up is not hit by every queued delivery at once.
 */
export const DEFAULT_RETRY_SCHEDULE_SECONDS = [5, 30, 120, 600, 1800, 3600, 10800, 21600, 43200, 86400]

const JITTER = 0.2
const MAX_RETRY_AFTER_MS = 24 * 60 * 60 * 1000
const SECONDS = /^\d+(?:\.\d+)?$/

/** Read once at startup (DELIVERY_RETRY_SCHEDULE): a typo must stop the server, not be ignored. */
export function parseRetrySchedule(value: string | undefined): number[] {
  if (value === undefined || value.trim() === '') return [...DEFAULT_RETRY_SCHEDULE_SECONDS]
  return value.split(',').map((raw, index) => {
    const entry = raw.trim()
    if (!SECONDS.test(entry)) {
      throw new Error(
        `Invalid retry schedule: entry ${index + 1} ("${entry}") is not a number of seconds; expected comma-separated seconds such as "5,30,120".`,
      )
    }
    return Number(entry)
  })
}

export function retryDelayMs(input: {
  failedAttempts: number
  schedule: number[]
  retryAfterMs?: number | null
  random?: () => number
}): number | null {
  const { failedAttempts, schedule, retryAfterMs, random = Math.random } = input
  if (!Number.isInteger(failedAttempts) || failedAttempts < 1) {
    throw new RangeError(`failedAttempts must be a positive integer (got ${failedAttempts}).`)
  }
  if (failedAttempts > schedule.length) return null
  const base = schedule[failedAttempts - 1] * 1000
  const delay = Math.round(base * (1 - JITTER + 2 * JITTER * random()))
  if (retryAfterMs == null || !Number.isFinite(retryAfterMs)) return delay
  // A receiver may ask for a pause, but not hold a delivery hostage for days.
  return Math.max(delay, Math.min(Math.max(retryAfterMs, 0), MAX_RETRY_AFTER_MS))
}

/** Accepts the three HTTP-date forms (IMF-fixdate, RFC 850, asctime), all of which name a month. */
const HTTP_DATE =
  /^[A-Za-z]{3,9}, ?\d{1,2}[ -][A-Za-z]{3}[ -]\d{2,4} \d{2}:\d{2}:\d{2} GMT$|^[A-Za-z]{3} [A-Za-z]{3} [ \d]\d \d{2}:\d{2}:\d{2} \d{4}$/

export function parseRetryAfter(header: string | null | undefined, now: Date): number | null {
  const value = header?.trim()
  if (!value) return null
  if (/^\d+$/.test(value)) return Number(value) * 1000
  if (!HTTP_DATE.test(value)) return null
  // asctime carries no zone; it is GMT by definition, and Date.parse would read it as local time.
  const when = Date.parse(value.endsWith('GMT') ? value : `${value} GMT`)
  return Number.isNaN(when) ? null : Math.max(0, when - now.getTime())
}
