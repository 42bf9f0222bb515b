/**
 * Standard Webhooks 1.0 signing, so any receiver can verify our deliveries with an off-the-shelf
 * library (svix, standardwebhooks) instead of code written for us.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

const PREFIX = 'whsec_'
const MIN_KEY_BYTES = 24
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/

export type SignInput = { id: string; timestamp: number; body: string; secrets: string[] }

export function generateSecret(): string {
  return PREFIX + randomBytes(32).toString('base64')
}

/** The key bytes, or null; Buffer.from would silently skip bad characters, hence the strict pattern. */
function secretKey(value: string): Buffer | null {
  if (!value.startsWith(PREFIX)) return null
  const encoded = value.slice(PREFIX.length)
  if (!BASE64.test(encoded)) return null
  const key = Buffer.from(encoded, 'base64')
  return key.length >= MIN_KEY_BYTES ? key : null
}

export function isWebhookSecret(value: string): boolean {
  return secretKey(value) !== null
}

export function signatureHeader({ id, timestamp, body, secrets }: SignInput): string {
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) {
    throw new Error(`Webhook timestamp must be whole seconds since the epoch (got ${timestamp}).`)
  }
  if (secrets.length === 0) throw new Error('Cannot sign a webhook without a secret.')
  const content = `${id}.${timestamp}.${body}`
  return secrets
    .map((secret, index) => {
      const key = secretKey(secret)
      // Never echo the value: this message ends up in logs and in the delivery's error field.
      if (!key) {
        throw new Error(
          `Webhook secret #${index + 1} is malformed: expected "${PREFIX}" followed by base64 of at least ${MIN_KEY_BYTES} bytes.`,
        )
      }
      return `v1,${createHmac('sha256', key).update(content, 'utf8').digest('base64')}`
    })
    .join(' ')
}

/** Standard Webhooks' recommended window against replays of an old, captured message. */
const TOLERANCE_SECONDS = 5 * 60

export type VerifyInput = {
  headers: { get: (name: string) => string | null }
  body: string
  secrets: string[]
  now: Date
}

export type Verification = { ok: true; id: string } | { ok: false; reason: string }

const hmac = (key: Buffer, content: string) => createHmac('sha256', key).update(content, 'utf8').digest()

/** The receiving side: true when one `v1` signature matches one of our secrets, in constant time. */
export function verifyWebhook({ headers, body, secrets, now }: VerifyInput): Verification {
  const id = headers.get('webhook-id')
  const timestamp = headers.get('webhook-timestamp')
  const signature = headers.get('webhook-signature')
  if (!id || !timestamp || !signature)
    return { ok: false, reason: 'The webhook-id, webhook-timestamp and webhook-signature headers are required.' }
  if (!/^\d{1,12}$/.test(timestamp))
    return { ok: false, reason: 'webhook-timestamp must be whole seconds since the epoch.' }
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > TOLERANCE_SECONDS) {
    return {
      ok: false,
      reason: `webhook-timestamp is more than ${TOLERANCE_SECONDS / 60} minutes away from our clock.`,
    }
  }
  const content = `${id}.${timestamp}.${body}`
  const expected = secrets
    .map(secretKey)
    .filter((key): key is Buffer => key !== null)
    .map((key) => hmac(key, content))
  const given = signature
    .split(' ')
    .filter((part) => part.startsWith('v1,'))
    .map((part) => Buffer.from(part.slice(3), 'base64'))
  const matches = given.some((candidate) =>
    expected.some((digest) => digest.length === candidate.length && timingSafeEqual(digest, candidate)),
  )
  return matches ? { ok: true, id } : { ok: false, reason: 'No signature matches.' }
}

export function webhookHeaders(input: SignInput): Record<string, string> {
  return {
    'webhook-id': input.id,
    'webhook-timestamp': String(input.timestamp),
    'webhook-signature': signatureHeader(input),
    'content-type': 'application/json',
  }
}

export function newWebhookId(): string {
  return `msg_${randomBytes(21).toString('base64url')}`
}
