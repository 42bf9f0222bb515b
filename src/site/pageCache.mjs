/**
 * Next's cache of the site's pages and queries, kept in this process's memory instead of `.next/`.
 * The disk cache outlives the process and is shared by every server started from the same build,
 * whatever its database: a page built from one database would be served by a server on another,
 * and pages built before a restart would stay stale if a webhook was missed while it was down.
 * In memory, a start begins empty and each page is built from this server's own database.
 *
 * With several instances, a webhook reaches one of them: with REDIS_URL, the tags it expires are
 * announced on Redis and every instance drops the same entries.
 *
 * Plain JavaScript: Next loads this file at build time too, outside the TypeScript loader.
 */
import { Redis } from 'ioredis'

// Bounded: every address read, 404s included, becomes an entry; the least recently used go first.
const MAX_ENTRIES = Number(process.env.SITE_CACHE_MAX_ENTRIES) || 5000

// One store per process, whichever copy of this module Next loads.
const STORE = Symbol.for('newsroom.site.pageCache')
/** @type {Map<string, { value: unknown, lastModified: number, tags: string[] }>} */
const entries = (globalThis[STORE] ??= new Map())

/** Pages carry their tags (their path's among them) in a header; queries in the context. */
function tagsOf(data, ctx) {
  const header = data && typeof data === 'object' && data.headers ? data.headers['x-next-cache-tags'] : undefined
  return [
    ...(ctx?.tags ?? []),
    ...String(header ?? '')
      .split(',')
      .filter(Boolean),
  ]
}

/** Drops every entry carrying one of the tags; what is dropped is rebuilt on its next read. */
export function expireTags(tags) {
  const list = new Set([tags].flat())
  for (const [key, entry] of entries) if (entry.tags.some((tag) => list.has(tag))) entries.delete(key)
}

const BUS = Symbol.for('newsroom.site.pageCacheBus')
const SENDER = `${process.pid}-${Math.random().toString(36).slice(2)}`

/** The Redis channel of this deployment, or null: one connection to publish, one to listen. */
function bus() {
  if (!process.env.REDIS_URL || process.env.NEXT_PHASE === 'phase-production-build') return null
  if (globalThis[BUS]) return globalThis[BUS]
  const channel = `${process.env.REDIS_PREFIX || 'newsroom:'}site-cache-expire`
  const options = { maxRetriesPerRequest: 1 }
  const publisher = new Redis(process.env.REDIS_URL, options)
  const subscriber = new Redis(process.env.REDIS_URL, options)
  // An instance cut off from Redis keeps serving; the hourly revalidation bounds what it may miss.
  publisher.on('error', () => {})
  subscriber.on('error', () => {})
  subscriber.subscribe(channel).catch(() => {})
  subscriber.on('message', (_channel, message) => {
    let announced
    try {
      announced = JSON.parse(message)
    } catch {
      return // not ours: a message this process cannot read must not bring it down
    }
    if (announced?.from !== SENDER && Array.isArray(announced?.tags)) expireTags(announced.tags)
  })
  globalThis[BUS] = {
    publish: (tags) => publisher.publish(channel, JSON.stringify({ from: SENDER, tags })).catch(() => 0),
  }
  return globalThis[BUS]
}

export default class PageCache {
  constructor() {
    bus()
  }

  async get(key) {
    const entry = entries.get(key)
    if (!entry) return null
    entries.delete(key)
    entries.set(key, entry)
    return { value: entry.value, lastModified: entry.lastModified }
  }

  async set(key, data, ctx) {
    entries.delete(key)
    if (data === null || data === undefined) return
    entries.set(key, { value: data, lastModified: Date.now(), tags: tagsOf(data, ctx) })
    while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value)
  }

  // The site expires on a webhook, never serves stale after one: any revalidation drops the entries.
  async revalidateTag(tags) {
    expireTags(tags)
    await bus()?.publish([tags].flat())
  }

  resetRequestCache() {}
}
