import type { RequestHandler } from 'express'

const FRAME_ANCESTORS = "frame-ancestors 'self'"

/** A policy set by a handler (Payload's, for XML uploads) keeps its directives and gains ours. */
export const withFrameAncestors = (policy: string) =>
  /frame-ancestors/.test(policy) ? policy : `${policy}; ${FRAME_ANCESTORS}`

/**
 * On every response: no MIME sniffing, no framing by other sites (CSP for today's browsers,
 * X-Frame-Options for older ones), and no full URLs leaked to other origins in the Referer.
 */
export const securityHeaders: RequestHandler = (_req, res, next) => {
  res.setHeader('X-Content-Type-Options', 'nosniff')
  res.setHeader('Content-Security-Policy', FRAME_ANCESTORS)
  res.setHeader('X-Frame-Options', 'SAMEORIGIN')
  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin')
  next()
}
