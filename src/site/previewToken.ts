import { createHmac, timingSafeEqual } from 'node:crypto'

/** Long enough for an editing session; the admin hands out a fresh link each time it renders. */
export const PREVIEW_TTL_SECONDS = 60 * 60

type Subject = { collection: string; id: string | number; secret: string }

const signature = ({ collection, id, secret }: Subject, expires: number) =>
  createHmac('sha256', secret).update(`preview:${collection}:${id}:${expires}`).digest('base64url')

/** `<expiry in seconds>.<HMAC>`: names one document, and only until it expires. */
export function previewToken(subject: Subject, now: Date): string {
  const expires = Math.floor(now.getTime() / 1000) + PREVIEW_TTL_SECONDS
  return `${expires}.${signature(subject, expires)}`
}

export function checkPreviewToken(subject: Subject, token: string | null | undefined, now: Date): boolean {
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token ?? '')
  if (!match) return false
  const expires = Number(match[1])
  if (expires < now.getTime() / 1000) return false
  const expected = Buffer.from(signature(subject, expires))
  const given = Buffer.from(match[2])
  return expected.length === given.length && timingSafeEqual(expected, given)
}

export const PREVIEW_PREFIX = '/preview'

export const previewPath = (collection: string, id: string | number, token: string) =>
  `${PREVIEW_PREFIX}/${collection}/${encodeURIComponent(String(id))}?token=${token}`
