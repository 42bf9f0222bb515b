import { serverUrl, siteUrl } from '../lib/siteUrl'
import { parseRetrySchedule } from './retrySchedule'

const positive = (value: string | undefined, fallback: number) => {
  const number = Number(value)
  return value !== undefined && value !== '' && Number.isFinite(number) && number > 0 ? number : fallback
}

export type DeliverySettings = {
  /** Seconds to wait after each failed attempt; when it runs out, the delivery has failed. */
  retrySchedule: number[]
  timeoutMs: number
  /** How long a claimed delivery stays a worker's without news from it. */
  leaseMs: number
  /** How often an idle worker looks for due deliveries (it is also woken at once by local commits). */
  pollMs: number
  concurrency: number
  allowPrivate: boolean
  /** The platform's own site and server: trusted destinations even on a private address. */
  ownOrigins: string[]
  /** The public site's origin: links in social posts. */
  siteUrl: string
  /** Where media files are served from: images in social posts. */
  mediaOrigin: string
}

export const allowPrivateDestinations = (env: NodeJS.ProcessEnv = process.env) =>
  env.ALLOW_PRIVATE_DESTINATIONS === 'true'

/** Read once at start-up; a malformed schedule stops the process with a message naming it. */
export function deliverySettings(env: NodeJS.ProcessEnv = process.env): DeliverySettings {
  return {
    retrySchedule: parseRetrySchedule(env.DELIVERY_RETRY_SCHEDULE),
    timeoutMs: positive(env.DELIVERY_TIMEOUT_MS, 10_000),
    leaseMs: positive(env.DELIVERY_LEASE_MS, 30_000),
    pollMs: positive(env.DELIVERY_POLL_MS, 500),
    concurrency: Math.floor(positive(env.DELIVERY_CONCURRENCY, 8)),
    allowPrivate: allowPrivateDestinations(env),
    ownOrigins: ownOrigins(env),
    siteUrl: siteUrl(env),
    mediaOrigin: serverUrl(env),
  }
}

/**
 * The reference site is served by the platform itself, often on localhost or a private network:
 * its own webhook route is a destination like no other, trusted by origin (host and port) only.
 */
export const ownOrigins = (env: NodeJS.ProcessEnv = process.env) => [
  ...new Set([siteUrl(env), serverUrl(env)].map((url) => new URL(url).origin)),
]
