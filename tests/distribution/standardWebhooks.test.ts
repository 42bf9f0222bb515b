import { createHmac } from 'node:crypto'

import {
  generateSecret,
  isWebhookSecret,
  newWebhookId,
  signatureHeader,
  verifyWebhook,
  webhookHeaders,
} from '../../src/distribution/standardWebhooks'

/** Written from the specification, independently of the module under test. */
function referenceSignature(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.split('_')[1], 'base64')
  return 'v1,' + createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')
}

const SECRET = 'whsec_' + Buffer.from('0123456789abcdef0123456789abcdef').toString('base64')
const OTHER = 'whsec_' + Buffer.alloc(24, 7).toString('base64')
const message = {
  id: 'msg_2KWPBgLlAfxdpx2AI54pPJ85f4W',
  timestamp: 1_767_225_600,
  body: '{"event":"published","id":"12"}',
}

describe('Standard Webhooks signing', () => {
  test('the signature matches an independent HMAC-SHA256 of "id.timestamp.body"', () => {
    expect(signatureHeader({ ...message, secrets: [SECRET] })).toBe(
      referenceSignature(SECRET, message.id, message.timestamp, message.body),
    )
  })

  test('the signature covers the body byte for byte (non-ASCII included)', () => {
    const body = '{"title":"Été à Noël 🎄"}'
    expect(signatureHeader({ ...message, body, secrets: [SECRET] })).toBe(
      referenceSignature(SECRET, message.id, message.timestamp, body),
    )
    expect(signatureHeader({ ...message, body, secrets: [SECRET] })).not.toBe(
      signatureHeader({ ...message, body: body + ' ', secrets: [SECRET] }),
    )
  })

  test('during rotation each secret gives its own signature, in order, space-separated', () => {
    const header = signatureHeader({ ...message, secrets: [SECRET, OTHER] })
    expect(header.split(' ')).toEqual([
      referenceSignature(SECRET, message.id, message.timestamp, message.body),
      referenceSignature(OTHER, message.id, message.timestamp, message.body),
    ])
  })

  test.each([
    ['no prefix', Buffer.alloc(32, 1).toString('base64')],
    ['too short a key', 'whsec_' + Buffer.alloc(16, 1).toString('base64')],
    ['not base64', 'whsec_' + 'not base64 at all!!!!!!!!!!!!!!!!!!!!'],
  ])('a malformed secret (%s) is refused without being echoed', (_, bad) => {
    let error: unknown
    try {
      signatureHeader({ ...message, secrets: [SECRET, bad] })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(Error)
    const text = String((error as Error).message) + String((error as Error).stack)
    expect(text).toMatch(/secret #2 is malformed/)
    expect(text).not.toContain(bad)
    expect(text).not.toContain(bad.replace('whsec_', ''))
  })

  test('signing without any secret is refused', () => {
    expect(() => signatureHeader({ ...message, secrets: [] })).toThrow(/without a secret/)
  })

  test('a timestamp in milliseconds or with decimals is refused', () => {
    expect(() => signatureHeader({ ...message, timestamp: 1_767_225_600.5, secrets: [SECRET] })).toThrow(
      /whole seconds/,
    )
  })

  test('headers carry id, timestamp in seconds, signature and JSON content type', () => {
    expect(webhookHeaders({ ...message, secrets: [SECRET] })).toEqual({
      'webhook-id': message.id,
      'webhook-timestamp': '1767225600',
      'webhook-signature': referenceSignature(SECRET, message.id, message.timestamp, message.body),
      'content-type': 'application/json',
    })
  })
})

describe('secrets and ids', () => {
  test('a generated secret is whsec_ and 32 random bytes, and different each time', () => {
    const secret = generateSecret()
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+={0,2}$/)
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32)
    expect(isWebhookSecret(secret)).toBe(true)
    expect(generateSecret()).not.toBe(secret)
  })

  test('secret validation wants the prefix and at least 24 bytes of base64', () => {
    expect(isWebhookSecret(SECRET)).toBe(true)
    expect(isWebhookSecret(OTHER)).toBe(true)
    expect(isWebhookSecret('whsec_' + Buffer.alloc(23).toString('base64'))).toBe(false)
    expect(isWebhookSecret(SECRET.slice(6))).toBe(false)
    expect(isWebhookSecret('whsec_')).toBe(false)
    expect(isWebhookSecret('whsec_%%%%' + SECRET.slice(10))).toBe(false)
  })

  test('webhook ids are msg_ plus at least 26 URL-safe characters, unique', () => {
    const ids = new Set(Array.from({ length: 100 }, newWebhookId))
    expect(ids.size).toBe(100)
    for (const id of ids) expect(id).toMatch(/^msg_[A-Za-z0-9_-]{26,}$/)
  })
})

describe('Standard Webhooks verification (the site’s side)', () => {
  const at = new Date(message.timestamp * 1000)
  const signed = (secrets: string[], overrides: Record<string, string> = {}) =>
    new Headers({
      'webhook-id': message.id,
      'webhook-timestamp': String(message.timestamp),
      'webhook-signature': referenceSignature(secrets[0], message.id, message.timestamp, message.body),
      ...overrides,
    })
  const verify = (headers: Headers, secrets = [SECRET], body = message.body, now = at) =>
    verifyWebhook({ headers, body, secrets, now })

  test('a message signed with our secret is accepted, with its id', () => {
    expect(verify(signed([SECRET]))).toEqual({ ok: true, id: message.id })
  })

  test('during a rotation, a signature by either secret is accepted', () => {
    const both = new Headers({
      'webhook-id': message.id,
      'webhook-timestamp': String(message.timestamp),
      'webhook-signature': signatureHeader({ ...message, secrets: [OTHER, SECRET] }),
    })
    expect(verify(both, [SECRET]).ok).toBe(true)
    expect(verify(signed([OTHER]), [SECRET, OTHER]).ok).toBe(true)
  })

  test('another secret, a changed body, id or timestamp: refused', () => {
    expect(verify(signed([OTHER]))).toEqual({ ok: false, reason: 'No signature matches.' })
    expect(verify(signed([SECRET]), [SECRET], message.body + ' ').ok).toBe(false)
    expect(verify(signed([SECRET], { 'webhook-id': 'msg_other' })).ok).toBe(false)
    expect(verify(signed([SECRET], { 'webhook-timestamp': String(message.timestamp + 1) })).ok).toBe(false)
  })

  test('missing headers, a malformed timestamp, or one more than five minutes away: refused with the reason', () => {
    expect(verify(new Headers({ 'webhook-id': message.id }))).toEqual({
      ok: false,
      reason: 'The webhook-id, webhook-timestamp and webhook-signature headers are required.',
    })
    expect(verify(signed([SECRET], { 'webhook-timestamp': '1e9' }))).toEqual({
      ok: false,
      reason: 'webhook-timestamp must be whole seconds since the epoch.',
    })
    expect(verify(signed([SECRET]), [SECRET], message.body, new Date(at.getTime() + 301_000)).ok).toBe(false)
    expect(verify(signed([SECRET]), [SECRET], message.body, new Date(at.getTime() - 301_000)).ok).toBe(false)
    expect(verify(signed([SECRET]), [SECRET], message.body, new Date(at.getTime() + 299_000)).ok).toBe(true)
  })

  test('a signature of another scheme or of the wrong length is ignored, not compared', () => {
    const digest = referenceSignature(SECRET, message.id, message.timestamp, message.body).slice(3)
    expect(verify(signed([SECRET], { 'webhook-signature': `v1a,${digest}` })).ok).toBe(false)
    expect(verify(signed([SECRET], { 'webhook-signature': `v1,${digest.slice(0, 20)}` })).ok).toBe(false)
    expect(verify(signed([SECRET]), ['not-a-secret']).ok).toBe(false)
  })
})
