import express, { type Express, type RequestHandler } from 'express'
import type { Payload, SanitizedConfig } from 'payload'

import { adminInFrenchByDefault } from './adminLanguage'
import { fetchBridge } from './fetchBridge'
import { healthRoutes } from './health'
import { payloadApi } from './payloadApi'
import { syndicationHandler } from './syndication'
import { uploadSizeGuard } from './uploadSizeGuard'

export type AppOptions = {
  payload: Payload
  config: Promise<SanitizedConfig>
  /** Next's request handler for the admin UI; absent when only the API is served. */
  nextHandler?: RequestHandler
}

/**
 * The HTTP surface. No global body parser: Payload reads request bodies itself and fails when
 * another layer has consumed them.
 */
export function buildApp({ payload, config, nextHandler }: AppOptions): Express {
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', process.env.TRUST_PROXY === 'true')
  app.use(healthRoutes(payload))
  app.use('/api', uploadSizeGuard)
  app.get('/feeds/{*splat}', fetchBridge(syndicationHandler(config)))
  app.use(payloadApi(config))
  if (nextHandler) {
    app.use('/admin', adminInFrenchByDefault)
    app.all('/{*splat}', nextHandler)
  }
  return app
}
