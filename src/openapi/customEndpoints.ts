import type { Endpoint, SanitizedConfig } from 'payload'

import type { PathItem } from './collectionPaths'
import type { Operation } from './operation'
import { documentedCollections } from './schemas'

/** An endpoint that carries its own OpenAPI description next to its code. */
export type DocumentedEndpoint = Endpoint & { custom: { openapi: Operation } }

export const documented = (endpoint: Endpoint, openapi: Operation): DocumentedEndpoint => ({ ...endpoint, custom: { ...endpoint.custom, openapi } })

// Payload path syntax (`/:id`, `/:id?`) to OpenAPI path templates (`/{id}`).
const template = (path: string) => path.replace(/\/$/, '').replace(/:(\w+)\??/g, '{$1}')

const camel = (text: string) => text.replace(/[^a-zA-Z0-9]+(\w)?/g, (_, c?: string) => (c ? c.toUpperCase() : ''))

/** Every endpoint of ours, from the root and from each collection, with the description it carries. */
export function customPaths(config: SanitizedConfig): Record<string, PathItem> {
  const found: { base: string; tag: string; endpoint: Endpoint }[] = [
    ...(config.endpoints || []).map((endpoint) => ({ base: '/api', tag: 'front-end', endpoint })),
    ...documentedCollections(config).flatMap((collection) =>
      (collection.endpoints || []).map((endpoint) => ({ base: `/api/${collection.slug}`, tag: collection.slug, endpoint })),
    ),
  ]
  const paths: Record<string, PathItem> = {}
  for (const { base, tag, endpoint } of found) {
    const operation = (endpoint.custom as { openapi?: Operation } | undefined)?.openapi
    if (!operation) continue
    const path = `${base}${template(endpoint.path)}` || '/'
    paths[path] ??= {}
    paths[path][endpoint.method] = { tags: [tag], operationId: camel(`${endpoint.method} ${path.replace(/^\/api/, '')}`), ...operation }
  }
  return paths
}
