import { type Endpoint, type PayloadRequest, type Where } from 'payload'

import { retriesDeliveries } from '../access/retriesDeliveries'
import { told } from '../collections/Deliveries/said'
import { refusal } from '../hooks/refusal'
import type { Said } from '../i18n/deliveries'
import { translate } from '../i18n/translate'
import { now } from '../lib/clock'
import { announceAfterCommit } from '../outbox/queueDeliveries'
import type { Delivery } from '../payload-types'
import { documented } from '../openapi/customEndpoints'
import { errors, json, pathParam, worded } from '../openapi/operation'

const RETRYABLE = ['failed', 'retrying']

function allowed(req: PayloadRequest): void {
  if (!req.user) throw refusal(req, 401, 'retrySignIn')
  if (!retriesDeliveries({ req })) throw refusal(req, 403, 'retryForbidden')
}

/**
 * Back in the queue, due now, with the same webhook-id (a receiver that did get it after all can
 * tell), and a line in its history saying who asked: the retry schedule starts afresh from there.
 */
async function requeue(req: PayloadRequest, delivery: Delivery): Promise<Delivery> {
  const at = now().toISOString()
  const said: Said = { code: 'deliveryRequeuedBy', params: { name: req.user?.name ?? req.user?.email ?? '?' } }
  return req.payload.update({
    collection: 'deliveries',
    id: delivery.id,
    data: {
      status: 'queued',
      nextAttemptAt: at,
      ...told('lastMessage', said),
      attempts: [...(delivery.attempts ?? []), { at, outcome: 'requeued', ...told('message', said) }],
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
}

/** `POST /api/deliveries/:id/retry`: send a failed (or waiting) delivery again now. */
const retryDelivery: Endpoint = {
  path: '/:id/retry',
  method: 'post',
  handler: async (req) => {
    allowed(req)
    const id = String(req.routeParams?.id)
    const delivery = await req.payload.findByID({
      collection: 'deliveries',
      id,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    if (!delivery) throw refusal(req, 404, 'retryNoDelivery', { id })
    if (!RETRYABLE.includes(delivery.status)) throw refusal(req, 409, 'retryWrongStatus', { status: delivery.status })
    const updated = await requeue(req, delivery)
    await announceAfterCommit(req)
    return Response.json({
      message: translate(req, 'retryQueued'),
      doc: { id: updated.id, status: updated.status, webhookId: updated.webhookId },
    })
  },
}

/** `POST /api/deliveries/replay` `{ since, destination? }`: every delivery that failed since then goes out again. */
const replayDeliveries: Endpoint = {
  path: '/replay',
  method: 'post',
  handler: async (req) => {
    allowed(req)
    // Checked at the edge against the published schema, in these words.
    const body = (await req.json!()) as { since: string; destination?: number | string }
    const since = new Date(body.since)
    const destination = body.destination
    const where: Where = {
      and: [
        { status: { equals: 'failed' } },
        { updatedAt: { greater_than_equal: since.toISOString() } },
        ...(destination !== undefined ? [{ destination: { equals: destination } }] : []),
      ],
    }
    const { docs } = await req.payload.find({
      collection: 'deliveries',
      where,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const delivery of docs) await requeue(req, delivery)
    if (docs.length) await announceAfterCommit(req)
    return Response.json({ message: translate(req, 'replayQueued', { count: docs.length }), replayed: docs.length })
  },
}

export const retryDeliveryEndpoint: Endpoint = documented(retryDelivery, {
  summary: 'Queue a failed delivery again, due now, with the same webhook-id',
  parameters: [pathParam('id', 'The delivery id.')],
  responses: {
    '200': json('Queued again.', {
      type: 'object',
      properties: { message: { type: 'string' }, doc: { type: 'object' } },
    }),
    ...errors(401, 403, 404, 409),
  },
})

export const replayDeliveriesEndpoint: Endpoint = documented(replayDeliveries, {
  summary: 'Queue again every delivery that failed since a date (optionally to one destination)',
  requestBody: {
    required: true,
    content: {
      'application/json': {
        schema: worded(
          {
            type: 'object',
            required: ['since'],
            properties: {
              since: worded({ type: 'string', format: 'date-time' }, 'replayBadSince'),
              destination: worded({ type: ['integer', 'string'] }, 'replayBadDestination'),
            },
          },
          { type: 'replayBody' },
        ),
      },
    },
  },
  responses: {
    '200': json('Queued again.', {
      type: 'object',
      properties: { message: { type: 'string' }, replayed: { type: 'integer' } },
    }),
    ...errors(400, 401, 403),
  },
})
