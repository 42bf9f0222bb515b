import { outcome } from '../outcome'
import { webhookHeaders } from '../standardWebhooks'
import type { DeliveryAdapter } from '../types'
import { attempt, outcomeForStatus } from './http'

export const USER_AGENT = 'Newsroom-Webhooks/1.0'

/**
 * The site and any generic receiver: the event body as JSON, signed as Standard Webhooks says.
 * The webhook-id is the delivery's, the same on every attempt, so the receiver can drop repeats;
 * the timestamp is the attempt's, so a retry a day later is not refused as stale.
 */
export const webhookAdapter: DeliveryAdapter = (request) =>
  attempt(request, async (call) => {
    if (!request.body) return outcome('failed', null, 'deliveryNoEventBody')
    const body = JSON.stringify(request.body)
    const timestamp = Math.floor(request.now().getTime() / 1000)
    const headers = webhookHeaders({ id: request.webhookId, timestamp, body, secrets: request.destination.secrets })
    const answer = await call(request.destination.url, {
      method: 'POST',
      headers: { ...headers, 'user-agent': USER_AGENT },
      body,
    })
    return outcomeForStatus(request, answer)
  })
