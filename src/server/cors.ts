import type { RequestHandler } from 'express'

const ALLOWED_HEADERS =
  'Origin, X-Requested-With, Content-Type, Accept, Authorization, Content-Encoding, If-None-Match, X-Payload-HTTP-Method-Override'
const EXPOSED_HEADERS = 'ETag, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, X-Cache'

/**
 * Cross-origin access for the configured front-ends only. Answered here rather than by Payload
 * alone because cached answers never reach Payload, and the feeds are not Payload's. Credentials
 * (cookies) are allowed for listed origins, never with `*`.
 */
export function cors(origins: string[] | '*'): RequestHandler {
  const allowed = (origin: string) => origins === '*' || origins.includes(origin)
  return (req, res, next) => {
    if (!req.path.startsWith('/api/') && !req.path.startsWith('/feeds/')) return next()
    res.vary('Origin')
    const origin = req.headers.origin
    if (origin && allowed(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origins === '*' ? '*' : origin)
      if (origins !== '*') res.setHeader('Access-Control-Allow-Credentials', 'true')
      res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS)
    }
    if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
      if (origin && allowed(origin)) {
        res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD, POST, PATCH, PUT, DELETE, OPTIONS')
        res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS)
        res.setHeader('Access-Control-Max-Age', '600')
      }
      // A refused origin gets the same empty answer, without the headers the browser looks for.
      res.status(204).end()
      return
    }
    next()
  }
}
