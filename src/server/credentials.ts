import type { Request } from 'express'
import { errors, jwtVerify } from 'jose'

/** Payload's session cookie is `<cookiePrefix>-token` (`payload-token` unless the config says otherwise). */
export const tokenCookieName = (config: { cookiePrefix?: string }) => `${config.cookiePrefix || 'payload'}-token`

const DEFAULT_COOKIE = tokenCookieName({})

function cookie(req: Request, name: string): string | undefined {
  for (const pair of (req.headers.cookie ?? '').split(';')) {
    const at = pair.indexOf('=')
    if (at > 0 && pair.slice(0, at).trim() === name) return pair.slice(at + 1).trim() || undefined
  }
  return undefined
}

/** The session token a request carries, if any: `Authorization: JWT|Bearer …` or the admin's cookie. */
export function tokenOf(req: Request, cookieName = DEFAULT_COOKIE): string | undefined {
  const header = req.headers.authorization
  if (header) return /^(?:JWT|Bearer) (.+)$/.exec(header)?.[1] ?? header
  return cookie(req, cookieName)
}

/** Anything that might make Payload answer as someone: such requests are never served from or stored in a shared cache. */
export const hasCredentials = (req: Request, cookieName = DEFAULT_COOKIE) =>
  Boolean(req.headers.authorization || cookie(req, cookieName))

/**
 * Whether a token is one Payload issued and that has not expired (HS256 with Payload's derived
 * secret, checked by jose as Payload itself signs it). Enough to tell a signed-in client from one that
 * merely sends a header to escape the anonymous rate limit; Payload still checks the session on every request.
 */
export async function isValidToken(token: string, secret: string, nowSeconds = Date.now() / 1000): Promise<boolean> {
  try {
    await jwtVerify(token, new TextEncoder().encode(secret), {
      algorithms: ['HS256'],
      requiredClaims: ['exp'],
      currentDate: new Date(nowSeconds * 1000),
    })
    return true
  } catch (error) {
    if (error instanceof errors.JOSEError) return false
    throw error
  }
}
