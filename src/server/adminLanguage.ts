import type { RequestHandler } from 'express'

const LANGUAGE_COOKIE = /(?:^|;\s*)payload-lng=/

/**
 * The admin speaks French unless the user picked another language in their account settings
 * (which sets the cookie); the browser's own language is not taken as a choice.
 */
export const adminInFrenchByDefault: RequestHandler = (req, _res, next) => {
  if (!LANGUAGE_COOKIE.test(req.headers.cookie ?? '')) req.headers['accept-language'] = 'fr'
  next()
}
