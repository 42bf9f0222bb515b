import { createHmac, timingSafeEqual } from 'node:crypto'

import { createReceiver, type ReceivedRequest, type Receiver, type ReceiverOptions } from './base'

/**
 * A site (or any webhook consumer) as Standard Webhooks describes one. It checks signatures with
 * its own code, written from the specification and not shared with src/distribution, so a bug in
 * our signer cannot be mirrored by a bug in the check.
 */

export type WebhookRequest = ReceivedRequest & {
  /** The signature matched one of the receiver's secrets and the timestamp was within tolerance. */
  verified: boolean
  /** Why it was not verified. */
  failure: string | null
  webhookId: string | null
  timestamp: number | null
}

export type WebhookReceiverOptions = ReceiverOptions & {
  /** The `whsec_…` secrets the receiver accepts (during rotation, more than one). */
  secrets: string[]
  /** Default 300 (5 minutes). */
  toleranceSeconds?: number
  /** The receiver's clock, to match a sender's fixed `now` (default: the real time). */
  now?: () => Date
  /** Answer 2xx even when the signature does not verify (default: refuse with 401, as a real site does). */
  acceptUnverified?: boolean
}

export type WebhookReceiver = Receiver<WebhookRequest> & {
  /** Verified requests, one per webhook-id (what a deduplicating site would have processed). */
  accepted: () => WebhookRequest[]
}

export function webhookReceiver(options: WebhookReceiverOptions): WebhookReceiver {
  const tolerance = options.toleranceSeconds ?? 300
  const now = options.now ?? (() => new Date())
  const receiver = createReceiver<WebhookRequest>(
    options,
    (request) => ({ ...request, ...verify(request, options.secrets, tolerance, now()) }),
    (request) => {
      if (!request.verified && !options.acceptUnverified) return { status: 401, body: { error: request.failure } }
      return { status: 200, body: { received: true } }
    },
  )
  return Object.assign(receiver, {
    accepted: () => {
      const seen = new Set<string>()
      return receiver.requests.filter((request) => {
        if (!request.verified || !request.webhookId || seen.has(request.webhookId)) return false
        seen.add(request.webhookId)
        return true
      })
    },
  })
}

function verify(request: ReceivedRequest, secrets: string[], toleranceSeconds: number, now: Date) {
  const header = (name: string) => {
    const value = request.headers[name]
    return typeof value === 'string' ? value : null
  }
  const webhookId = header('webhook-id')
  const timestampText = header('webhook-timestamp')
  const signatures = header('webhook-signature')
  const timestamp = timestampText && /^\d+$/.test(timestampText) ? Number(timestampText) : null
  const result = (failure: string | null) => ({ verified: failure === null, failure, webhookId, timestamp })

  if (!webhookId || timestamp === null || !signatures) return result('missing webhook headers')
  if (Math.abs(now.getTime() / 1000 - timestamp) > toleranceSeconds) return result('timestamp outside tolerance')
  const signed = `${webhookId}.${timestamp}.${request.rawBody}`
  const offered = signatures
    .split(' ')
    .filter((entry) => entry.startsWith('v1,'))
    .map((entry) => Buffer.from(entry.slice(3), 'base64'))
  for (const secret of secrets) {
    const key = Buffer.from(secret.startsWith('whsec_') ? secret.slice(6) : secret, 'base64')
    const expected = createHmac('sha256', key).update(signed).digest()
    if (offered.some((signature) => signature.length === expected.length && timingSafeEqual(signature, expected)))
      return result(null)
  }
  return result('no signature matches')
}
