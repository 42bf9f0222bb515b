import type { SanitizedConfig } from 'payload'

type Endpoint = { method: string; path: string }

/**
 * Payload declares its version routes on every collection and global, and e-mail verification on
 * every auth collection, but only those with versions (or verification) can answer them (the others
 * fail with a 500): they are not served.
 */
export const served = (entity: { versions?: unknown; auth?: unknown }) => (endpoint: Endpoint) =>
  (Boolean(entity.versions) || !/^\/versions(\/|$)/.test(endpoint.path)) &&
  (Boolean((entity.auth as { verify?: unknown } | undefined)?.verify) || !/^\/verify(\/|$)/.test(endpoint.path))

/** What a request path under one collection reaches, as Payload's router would decide it. */
export type RouteMatch = {
  /** The endpoint for this method, if any, with the parameters it reads from the path. */
  endpoint?: { path: string; params: Record<string, string> }
  /** Every method some endpoint answers on this path (for 405's Allow header). */
  allowed: string[]
}

/**
 * Matches `/count` or `/:id/board` against a path, as Payload's path-to-regexp does for the simple
 * patterns collections use (literal segments, `:name` and optional `:name?`).
 */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const wanted = pattern.split('/').filter(Boolean)
  const given = path.split('/').filter(Boolean)
  const params: Record<string, string> = {}
  for (let i = 0; i < Math.max(wanted.length, given.length); i++) {
    const part = wanted[i]
    if (part === undefined) return null
    if (!part.startsWith(':')) {
      if (part !== given[i]) return null
      continue
    }
    const optional = part.endsWith('?')
    if (given[i] === undefined) {
      if (optional) continue
      return null
    }
    params[part.slice(1, optional ? -1 : undefined)] = given[i]
  }
  return params
}

const isStatic = (pattern: string) => !pattern.split('/').filter(Boolean)[0]?.startsWith(':')

/**
 * Per collection (and global, as `globals/<slug>`), how Payload routes a method and path. A path one of the collection's literal
 * routes claims (`/count`, `/me`, `/versions`) is never read as a document id: any other method
 * there is not allowed, where Payload would look up a document called "count" and fail with a 500.
 */
export function apiRoutes(config: SanitizedConfig): (slug: string, method: string, path: string) => RouteMatch | null {
  type Entity = { slug: string; versions?: unknown; auth?: unknown; endpoints?: false | Endpoint[] }
  const entities: Entity[] = [
    ...config.collections.map(({ slug, versions, auth, endpoints }) => ({
      slug,
      versions,
      auth,
      endpoints: endpoints as Endpoint[],
    })),
    ...config.globals.map(({ slug, versions, endpoints }) => ({
      slug: `globals/${slug}`,
      versions,
      endpoints: endpoints as Endpoint[],
    })),
  ]
  const byCollection = new Map<string, Endpoint[]>(
    entities.map((entity) => [
      entity.slug,
      (entity.endpoints || []).filter(served(entity)).map(({ method, path }) => ({ method, path })),
    ]),
  )
  return (slug, method, path) => {
    const endpoints = byCollection.get(slug)
    if (!endpoints) return null
    const verb = method === 'HEAD' ? 'get' : method.toLowerCase()
    const matching = endpoints.flatMap((endpoint) => {
      const params = matchPath(endpoint.path, path)
      return params ? [{ ...endpoint, params }] : []
    })
    const claimed = matching.some((endpoint) => isStatic(endpoint.path))
    const candidates = claimed ? matching.filter((endpoint) => isStatic(endpoint.path)) : matching
    const methods = [...new Set(candidates.map((endpoint) => endpoint.method.toUpperCase()))]
    const allowed = methods.includes('GET') ? [...methods, 'HEAD'] : methods
    const chosen = candidates.find((endpoint) => endpoint.method === verb)
    return { allowed, endpoint: chosen && { path: chosen.path, params: chosen.params } }
  }
}
