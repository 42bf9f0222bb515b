import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { told, toldAs } from '../collections/Deliveries/said'
import { releaseLease } from '../db/deliveryLeases'
import { retryDelayMs } from '../distribution/retrySchedule'
import type { DeliverySettings } from '../distribution/settings'
import type { DeliveryStatus } from '../distribution/types'
import type { Said } from '../i18n/deliveries'
import { now } from '../lib/clock'
import type { Attempt } from './sendDelivery'

type Decision = { status: DeliveryStatus; nextAttemptAt: Date | null; said: Said }

/** What an attempt's outcome makes of the delivery: done, another try later (and when), or given up. */
export function decide(attempt: Attempt, failedBefore: number, settings: DeliverySettings, at: Date): Decision {
  const { outcome } = attempt
  const { said } = outcome
  switch (outcome.verdict) {
    case 'delivered':
      return { status: 'delivered', nextAttemptAt: null, said }
    case 'cancelled':
      return { status: 'cancelled', nextAttemptAt: null, said }
    case 'failed':
      return { status: 'failed', nextAttemptAt: null, said }
    case 'disable':
      return { status: 'failed', nextAttemptAt: null, said: { ...said, then: 'deliveryEndpointGone' } }
    case 'retry': {
      const delay = retryDelayMs({
        failedAttempts: failedBefore + 1,
        schedule: settings.retrySchedule,
        retryAfterMs: outcome.retryAfterMs,
      })
      if (delay === null)
        return {
          status: 'failed',
          nextAttemptAt: null,
          said: { ...said, params: { ...said.params, attempts: failedBefore + 1 }, then: 'deliveryGaveUp' },
        }
      return { status: 'retrying', nextAttemptAt: new Date(at.getTime() + delay), said }
    }
  }
}

/**
 * Writes the attempt, in one transaction with the release of the lease: if another worker took
 * the delivery over meanwhile, nothing is written. A 410 also switches the destination off and
 * fails what was still waiting for it (a "replay failed" brings them back once it is fixed).
 */
export async function recordAttempt(
  payload: Payload,
  attempt: Attempt,
  input: { owner: string; startedAt: Date; settings: DeliverySettings },
): Promise<boolean> {
  const { delivery, destination, outcome } = attempt
  const at = now()
  const attempts = delivery.attempts ?? []
  // The schedule runs over the current streak of retryable failures: a delivery sent again by hand starts afresh.
  let failedBefore = 0
  for (let i = attempts.length - 1; i >= 0 && attempts[i].outcome === 'retry'; i -= 1) failedBefore += 1
  const decision = decide(attempt, failedBefore, input.settings, at)
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    if (!(await releaseLease(payload, req, delivery.id, input.owner))) {
      await killTransaction(req)
      return false
    }
    await payload.update({
      collection: 'deliveries',
      id: delivery.id,
      data: {
        status: decision.status,
        nextAttemptAt: decision.nextAttemptAt?.toISOString() ?? null,
        leaseExpiresAt: null,
        ...told('lastMessage', decision.said),
        externalId: outcome.externalId ?? delivery.externalId ?? null,
        deliveredAt: decision.status === 'delivered' ? at.toISOString() : delivery.deliveredAt,
        attempts: [
          ...attempts.map(({ id, ...rest }) => ({ id, ...rest })),
          {
            at: input.startedAt.toISOString(),
            statusCode: outcome.statusCode,
            outcome: outcome.verdict,
            ...told('message', outcome.said),
            durationMs: at.getTime() - input.startedAt.getTime(),
          },
        ],
      },
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (outcome.verdict === 'disable' && destination)
      await disableDestination(payload, req, destination.id, {
        code: 'destinationGone',
        // The time as every reader can read it, whatever their language.
        params: { status: outcome.statusCode ?? 410, at: `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC` },
      })
    await commitTransaction(req)
    return true
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

async function disableDestination(
  payload: Payload,
  req: Parameters<typeof payload.update>[0]['req'],
  id: number | string,
  reason: Said,
): Promise<void> {
  await payload.update({
    collection: 'destinations',
    id,
    data: { enabled: false, ...toldAs('disabledReason', reason, 'disabledSaid') },
    depth: 0,
    overrideAccess: true,
    req,
  })
  await payload.update({
    collection: 'deliveries',
    where: { and: [{ destination: { equals: id } }, { status: { in: ['queued', 'retrying'] } }] },
    data: { status: 'failed', ...told('lastMessage', { code: 'deliveryDestinationWasDisabled' }) },
    depth: 0,
    overrideAccess: true,
    req,
  })
}
