import { isPublicCollection } from '../../lib/publicCollections'

export type CachePolicy =
  /** Anonymous read of public content: shared caches may keep it, and so may we. */
  | 'public'
  /** Authenticated, draft, or a write: nobody keeps it. */
  | 'private'
  /** Not ours to decide (the admin, the health probes). */
  | 'none'

// Endpoints of the platform itself whose anonymous answers depend only on public content.
const PUBLIC_ROOT_ENDPOINTS = new Set(['feed', 'resolve', 'openapi.json', 'docs'])
// Under a public collection, what is still not for the public (or not JSON to keep).
const NOT_CACHED_UNDER_COLLECTION = new Set(['versions', 'access', 'file', 'paste-url', 'init', 'me'])

export function cachePolicy(method: string, path: string, search: URLSearchParams, credentials: boolean): CachePolicy {
  const api = path.startsWith('/api/')
  if (!api && !path.startsWith('/feeds/')) return 'none'
  if (credentials || search.get('draft') === 'true') return 'private'
  if (method !== 'GET' && method !== 'HEAD') return 'private'
  if (!api) return 'public'
  const [first, second] = path.slice('/api/'.length).split('/')
  if (PUBLIC_ROOT_ENDPOINTS.has(first) && second === undefined) return 'public'
  if (!isPublicCollection(first)) return 'private'
  return second !== undefined && NOT_CACHED_UNDER_COLLECTION.has(second) ? 'private' : 'public'
}

export type CacheLifetimes = { sharedMaxAge: number; staleWhileRevalidate: number }

/**
 * Browsers revalidate every time (a 304 costs little); shared caches keep the answer for a short,
 * configurable while, never past the end of the next embargo.
 */
export function publicCacheControl(
  { sharedMaxAge, staleWhileRevalidate }: CacheLifetimes,
  secondsToEmbargoEnd = Number.POSITIVE_INFINITY,
): string {
  const shared = Math.min(sharedMaxAge, secondsToEmbargoEnd)
  return `public, max-age=0, s-maxage=${shared}, stale-while-revalidate=${Math.min(staleWhileRevalidate, secondsToEmbargoEnd)}`
}

export const PRIVATE_CACHE_CONTROL = 'private, no-store'
// Answers differ by origin (CORS) and by who asks.
export const VARY = 'Origin, Authorization, Cookie'
