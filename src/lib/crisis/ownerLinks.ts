import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * The owner's signed link (no account): it names one listing and an expiry, signed with a key
 * derived from the platform's secret. Anyone holding it may act on that listing until it expires,
 * so each e-mail carries a fresh one and none is ever shown elsewhere.
 */
export const LINK_LIFETIME_MS = 60 * 86_400_000

type Claims = { c: string; id: string; exp: number }

const keyFrom = (secret: string) => createHmac('sha256', secret).update('crisis-owner-links').digest()
const encode = (claims: Claims) => Buffer.from(JSON.stringify(claims)).toString('base64url')
const sign = (body: string, secret: string) => createHmac('sha256', keyFrom(secret)).update(body).digest('base64url')

export function ownerToken(secret: string, collection: string, id: string | number, now: Date): string {
  const body = encode({ c: collection, id: String(id), exp: now.getTime() + LINK_LIFETIME_MS })
  return `${body}.${sign(body, secret)}`
}

export type TokenCheck = { ok: true } | { ok: false; reason: 'invalid' | 'expired' }

/** Whether a token is ours, for this listing, and still valid. */
export function checkOwnerToken(
  secret: string,
  token: unknown,
  collection: string,
  id: string | number,
  now: Date,
): TokenCheck {
  if (typeof token !== 'string' || token.length > 500) return { ok: false, reason: 'invalid' }
  const [body, signature] = token.split('.')
  if (!body || !signature) return { ok: false, reason: 'invalid' }
  const expected = Buffer.from(sign(body, secret))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'invalid' }
  let claims: Claims
  try {
    claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Claims
  } catch {
    return { ok: false, reason: 'invalid' }
  }
  if (claims.c !== collection || claims.id !== String(id)) return { ok: false, reason: 'invalid' }
  return claims.exp > now.getTime() ? { ok: true } : { ok: false, reason: 'expired' }
}
