import type { Request, RequestHandler } from 'express'

const LANGUAGE_COOKIE = /(?:^|;\s*)payload-lng=/
const SESSION_COOKIE = /(?:^|;\s*)payload-token=/

/** Payload reads the language from the headers; the API's fetch bridge reads them from rawHeaders. */
function speakFrench(req: Request) {
  req.headers['accept-language'] = 'fr'
  const raw = req.rawHeaders
  const at = raw.findIndex((name, i) => i % 2 === 0 && name.toLowerCase() === 'accept-language')
  if (at >= 0) raw[at + 1] = 'fr'
  else raw.push('Accept-Language', 'fr')
}

/**
 * The admin speaks French unless the user picked another language in their account settings
 * (which sets the cookie); the browser's own language is not taken as a choice.
 */
export const adminInFrenchByDefault: RequestHandler = (req, _res, next) => {
  if (!LANGUAGE_COOKIE.test(req.headers.cookie ?? '')) speakFrench(req)
  next()
}

/**
 * The admin's own calls to the API (signed in by the session cookie) follow the same rule, so its
 * error toasts speak the admin's language. Clients signed in by token keep their Accept-Language.
 */
export const adminSessionInFrenchByDefault: RequestHandler = (req, _res, next) => {
  const cookie = req.headers.cookie ?? ''
  if (SESSION_COOKIE.test(cookie) && !LANGUAGE_COOKIE.test(cookie)) speakFrench(req)
  next()
}
