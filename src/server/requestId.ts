import { randomUUID } from 'node:crypto'
import type { RequestHandler } from 'express'

import { requestContext } from '../lib/requestLog'

/**
 * Gives each request an id, sent back as X-Request-Id and written on every log line of the request,
 * so that a user's report of an error leads to its log lines.
 */
export const requestIds: RequestHandler = (_req, res, next) => {
  const requestId = randomUUID()
  res.setHeader('x-request-id', requestId)
  requestContext.run({ requestId }, next)
}
