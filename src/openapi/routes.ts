import type { Endpoint, SanitizedCollectionConfig, SanitizedConfig } from 'payload'

import { matchPath, served } from '../server/apiRoutes'
import { ownDescription } from './customEndpoints'
import type { Operation } from './operation'
import { COLLECTION_ENDPOINTS, GLOBAL_ENDPOINTS, ROOT_ENDPOINTS } from './payloadEndpoints'

export type PathItem = Record<string, Operation>

/** One route Payload serves, as the config declares it, with its description when one is known. */
export type ConfigRoute = {
  method: string
  /** The full path in Payload's syntax, e.g. `/api/articles/:id` or `/api/articles/access/:id?`. */
  path: string
  tag: string
  collection?: SanitizedCollectionConfig
  operation?: Omit<Operation, 'tags'> & { tags?: string[] }
  /** One of our endpoints, which checks its own input (with messages of its own) rather than Payload's. */
  own: boolean
}

const key = (endpoint: Endpoint) => `${endpoint.method} ${endpoint.path.replace(/(.)\/$/, '$1')}`

/**
 * The endpoints that can answer: Payload takes the first declared endpoint whose pattern matches
 * (ours come before its own), so one shadowed by an earlier one (`/count` after `/:key`) never does.
 */
function reachable(entity: { versions?: unknown; auth?: unknown }, endpoints: Endpoint[]): Endpoint[] {
  const kept: Endpoint[] = []
  for (const endpoint of endpoints.filter(served(entity))) {
    const shadowed = kept.some(
      (earlier) => earlier.method === endpoint.method && matchPath(earlier.path, endpoint.path),
    )
    if (!shadowed) kept.push(endpoint)
  }
  return kept
}

const join = (base: string, path: string) => (path === '/' ? base : `${base}${path}`)

/**
 * Every route of the API, read from the config: the root endpoints, each collection's and each
 * global's (ours and Payload's own), so that a collection or endpoint added tomorrow is listed too.
 */
export function configRoutes(config: SanitizedConfig): ConfigRoute[] {
  const api = config.routes.api
  const routes: ConfigRoute[] = []
  for (const endpoint of reachable({ versions: true }, config.endpoints || [])) {
    const operation = ownDescription(endpoint) ?? ROOT_ENDPOINTS[key(endpoint)]?.()
    routes.push({
      method: endpoint.method,
      path: join(api, endpoint.path),
      tag: 'front-end',
      operation,
      own: Boolean(ownDescription(endpoint)),
    })
  }
  for (const collection of config.collections) {
    const tag = collection.slug.startsWith('payload-') ? 'payload-internal' : collection.slug
    for (const endpoint of reachable(collection, collection.endpoints || [])) {
      const operation = ownDescription(endpoint) ?? COLLECTION_ENDPOINTS[key(endpoint)]?.(collection)
      routes.push({
        method: endpoint.method,
        path: join(`${api}/${collection.slug}`, endpoint.path),
        tag,
        collection,
        operation,
        own: Boolean(ownDescription(endpoint)),
      })
    }
  }
  for (const global of config.globals) {
    for (const endpoint of reachable(global, global.endpoints || [])) {
      const operation = ownDescription(endpoint) ?? GLOBAL_ENDPOINTS[key(endpoint)]?.(global.slug)
      routes.push({
        method: endpoint.method,
        path: join(`${api}/globals/${global.slug}`, endpoint.path),
        tag: 'payload-internal',
        operation,
        own: Boolean(ownDescription(endpoint)),
      })
    }
  }
  return routes
}

/** `/:id` to `/{id}`; an optional parameter (`/:id?`) gives two paths, with and without it. */
export function templates(path: string): string[] {
  const optional = /\/:(\w+)\?$/.exec(path)
  const convert = (p: string) => p.replace(/:(\w+)/g, '{$1}')
  return optional ? [convert(path.slice(0, optional.index)), convert(path.replace(/\?$/, ''))] : [convert(path)]
}

const camel = (text: string) => text.replace(/[^a-zA-Z0-9]+(\w)?/g, (_, c?: string) => (c ? c.toUpperCase() : ''))

const pathParameters = (path: string, declared: Record<string, unknown>[] = []) => {
  const names = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1])
  const inPath = (p: Record<string, unknown>) => p.in === 'path'
  const others = declared.filter((p) => !inPath(p))
  const own = declared.filter(inPath)
  const params = names.map(
    (name) =>
      own.find((p) => p.name === name) ?? {
        name,
        in: 'path',
        required: true,
        description: `The ${name}.`,
        schema: { type: 'string' },
      },
  )
  return [...params, ...others]
}

const shape = (template: string) => template.replace(/\{\w+\}/g, '{}')
const names = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1])

/**
 * The OpenAPI paths of the documented routes. Two patterns of one shape (`/:key` and `/:id`) are
 * one path for a client: the first one's parameter names are kept, the other's renamed to them.
 */
export function routePaths(routes: ConfigRoute[]): Record<string, PathItem> {
  const paths: Record<string, PathItem> = {}
  const byShape = new Map<string, string>()
  for (const route of routes) {
    if (!route.operation) continue
    for (const own of templates(route.path)) {
      const path = byShape.get(shape(own)) ?? own
      byShape.set(shape(own), path)
      const renamed = new Map(names(own).map((name, index) => [name, names(path)[index]]))
      const declared = route.operation.parameters?.map((p) =>
        p.in === 'path' && renamed.has(String(p.name)) ? { ...p, name: renamed.get(String(p.name)) } : p,
      )
      const parameters = pathParameters(path, declared)
      paths[path] ??= {}
      paths[path][route.method] = {
        tags: [route.tag],
        operationId: camel(`${route.method} ${path.replace(/^\/api/, '')}`),
        ...route.operation,
        ...(parameters.length ? { parameters } : {}),
      }
    }
  }
  return paths
}
