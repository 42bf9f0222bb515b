import { Router } from 'express'
import {
  GRAPHQL_POST,
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

import { fetchBridge, type Respond } from './fetchBridge'

type RestRoute = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>

/**
 * Payload's REST and GraphQL handlers are plain fetch handlers; serving them straight from express
 * keeps the API independent of Next (no page compilation, no build needed for API tests) while the
 * admin UI still goes through Next.
 */
export function payloadApi(config: Promise<SanitizedConfig>, respond?: Respond): Router {
  const rest: Record<string, RestRoute> = {
    GET: REST_GET(config),
    POST: REST_POST(config),
    PATCH: REST_PATCH(config),
    PUT: REST_PUT(config),
    DELETE: REST_DELETE(config),
    OPTIONS: REST_OPTIONS(config),
  }
  const graphql = GRAPHQL_POST(config)
  const router = Router()
  router.post('/api/graphql', fetchBridge(graphql, respond))
  router.options(
    '/api/graphql',
    fetchBridge((request) => rest.OPTIONS(request, { params: Promise.resolve({ slug: ['graphql'] }) })),
  )
  router.all('/api/{*slug}', (req, res, next) => {
    const route = rest[req.method] ?? (req.method === 'HEAD' ? rest.GET : undefined)
    if (!route || req.path.startsWith('/api/graphql-playground')) return next()
    const slug = req.path.split('/').slice(2).filter(Boolean).map(decodeURIComponent)
    return fetchBridge((request) => route(request, { params: Promise.resolve({ slug }) }), respond)(req, res, next)
  })
  return router
}
