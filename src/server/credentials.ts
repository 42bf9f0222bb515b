import type { Request } from 'express'
import { createHmac, timingSafeEqual } from 'node:crypto'

const TOKEN_COOKIE = /(?:^|;\s*)payload-token=([^;]+)/

/** The session token a request carries, if any: `Authorization: JWT|Bearer …` or the admin's cookie. */
export function tokenOf(req: Request): string | undefined {
  const header = req.headers.authorization
  if (header) return /^(?:JWT|Bearer) (.+)$/.exec(header)?.[1] ?? header
  return TOKEN_COOKIE.exec(req.headers.cookie ?? '')?.[1]
}

/** Anything that might make Payload answer as someone: such requests are never served from or stored in a shared cache. */
export const hasCredentials = (req: Request) => Boolean(req.headers.authorization || TOKEN_COOKIE.test(req.headers.cookie ?? ''))

/**
 * Whether a token is one Payload issued and that has not expired (HS256 with Payload's derived
 * secret). Enough to tell a signed-in client from one that merely sends a header to escape the
 * anonymous rate limit; Payload itself still checks the session on every request.
 */
export function isValidToken(token: string, secret: string, nowSeconds = Date.now() / 1000): boolean {
  const parts = token.split('.')
  if (parts.length !== 3) return false
  const [header, payload, signature] = parts
  const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest()
  const given = Buffer.from(signature, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false
  try {
    const { alg } = JSON.parse(Buffer.from(header, 'base64url').toString()) as { alg?: string }
    const { exp } = JSON.parse(Buffer.from(payload, 'base64url').toString()) as { exp?: number }
    return alg === 'HS256' && typeof exp === 'number' && exp > nowSeconds
  } catch {
    return false
  }
}
