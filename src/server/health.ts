import { Router } from 'express'
import type { Payload } from 'payload'

const READY_TIMEOUT_MS = 2000

/** Liveness says the process answers; readiness says the database does too, within a bound. */
export function healthRoutes(payload: Payload): Router {
  const router = Router()
  router.get('/healthz', (_req, res) => {
    res.set('cache-control', 'no-store').json({ status: 'ok' })
  })
  router.get('/readyz', async (_req, res) => {
    res.set('cache-control', 'no-store')
    try {
      await withTimeout(payload.count({ collection: 'users', overrideAccess: true }), READY_TIMEOUT_MS)
      res.json({ status: 'ready' })
    } catch {
      // The cause stays in the server's own logs: a probe needs no database error text.
      payload.logger.warn('readiness check failed: the database did not answer')
      res.status(503).json({ status: 'unavailable', reason: 'database not reachable' })
    }
  })
  return router
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}
