import { createHmac, timingSafeEqual } from 'node:crypto'

/*
 * One-click unsubscribe (RFC 8058): the link names the contact and carries a signature made with
 * the platform's secret, so it works without an account and cannot be forged for someone else.
 * It never expires: an old release's link must still work.
 */
const PURPOSE = 'press-unsubscribe'

export function unsubscribeSignature(secret: string, contactId: string | number): string {
  return createHmac('sha256', secret)
    .update(`${PURPOSE}:${String(contactId)}`)
    .digest('base64url')
}

export function verifyUnsubscribe(secret: string, contactId: string, signature: string): boolean {
  const expected = Buffer.from(unsubscribeSignature(secret, contactId))
  const given = Buffer.from(signature)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

export const unsubscribeUrl = (serverUrl: string, secret: string, contactId: string | number) =>
  `${serverUrl}/api/media-contacts/unsubscribe?c=${encodeURIComponent(String(contactId))}&s=${unsubscribeSignature(secret, contactId)}`
