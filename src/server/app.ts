import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express'
import type { Payload, SanitizedConfig } from 'payload'

import type { RequestProblem } from '../i18n/server'
import { say, translatorFor } from '../i18n/translate'
import { inputErrorStatus } from '../lib/inputErrors'
import { currentRequestId } from '../lib/requestLog'
import { adminInFrenchByDefault, adminSessionInFrenchByDefault } from './adminLanguage'
import { contractGuard } from './contractGuard'
import { cors } from './cors'
import { fetchBridge, fetchHeaders } from './fetchBridge'
import type { FrontEndServices } from './frontEnd'
import { graphqlBody } from './graphqlBody'
import { healthRoutes } from './health'
import { idempotency } from './idempotency'
import { payloadApi } from './payloadApi'
import { payloadGaps } from './payloadGaps'
import { readModelRoutes } from './readModelRoutes'
import { requestGuard } from './requestGuard'
import { requestIds } from './requestId'
import { securityHeaders } from './securityHeaders'
import type { FrontEndSettings } from './settings'
import { syndicationHandler } from './syndication'
import { uploadSizeGuard } from './uploadSizeGuard'

export type AppOptions = {
  payload: Payload
  config: Promise<SanitizedConfig>
  settings: FrontEndSettings
  services: FrontEndServices
  /** Next's request handler for the admin UI; absent when only the API is served. */
  nextHandler?: RequestHandler
}

/**
 * The HTTP surface. No global body parser: Payload reads request bodies itself and fails when
 * another layer has consumed them (GraphQL bodies, read early, are handed over as they came).
 */
export function buildApp({ payload, config, settings, services, nextHandler }: AppOptions): Express {
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', process.env.TRUST_PROXY === 'true')
  app.use(requestIds)
  app.use(securityHeaders)
  app.use(cors(settings.corsOrigins))
  app.use(healthRoutes(payload))
  app.use(graphqlBody(payload.config))
  app.use(services.rateLimit)
  app.use('/api', uploadSizeGuard(payload.config))
  const idType = payload.db.defaultIDType === 'number' ? 'number' : 'text'
  app.use(requestGuard(payload.config, idType))
  app.use(contractGuard(payload, idType))
  app.use(idempotency(payload))
  app.use(services.cache.lookup)
  app.get('/feeds/{*splat}', fetchBridge(syndicationHandler(config), services.cache.respond))
  app.use('/api', adminSessionInFrenchByDefault)
  app.use(payloadGaps(payload))
  if (settings.readModel) app.use(readModelRoutes(payload, services.cache.respond))
  app.use(payloadApi(config, services.cache.respond))
  if (nextHandler) {
    app.use('/admin', adminInFrenchByDefault)
    app.all('/{*splat}', nextHandler)
  }
  // Express's own fallbacks would replace the security headers with theirs.
  app.use(async (req, res) => {
    const t = await translatorFor(payload.config, fetchHeaders(req))
    res.status(404).json({ errors: [{ message: say(t, 'nothingAt', { path: req.path }) }] })
  })
  app.use(errorHandler(payload))
  return app
}

const errorHandler =
  (payload: Payload): ErrorRequestHandler =>
  async (error, req, res, _next) => {
    const status = inputErrorStatus(error) ?? Number((error as { status?: number }).status)
    const clientError = status >= 400 && status < 500
    if (!clientError) payload.logger.error({ err: error, msg: `${req.method} ${req.path} failed` })
    if (res.headersSent) {
      res.destroy()
      return
    }
    res.status(clientError ? status : 500).setHeader('cache-control', 'no-store')
    const t = await translatorFor(payload.config, fetchHeaders(req))
    const problem = (error as { problem?: RequestProblem }).problem
    const requestId = currentRequestId()
    const message = !clientError
      ? say(t, 'serverFault', { requestId })
      : problem
        ? say(t, problem.key, problem.vars)
        : String((error as Error).message)
    // A fault of ours: the id leads from the user's report to the log lines.
    res.json({ errors: [{ message }], ...(clientError ? {} : { requestId }) })
  }
