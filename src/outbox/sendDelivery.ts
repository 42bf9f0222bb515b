import type { Payload } from 'payload'

import { adapterFor } from '../distribution/adapters'
import { guardedFetch } from '../distribution/outboundUrl'
import { outcome, scrubbed } from '../distribution/outcome'
import { redact } from '../distribution/redact'
import type { DeliverySettings } from '../distribution/settings'
import type {
  DeliveryEvent,
  DestinationConfig,
  Network,
  SendOutcome,
  SendRequest,
  SiteEventBody,
  SocialPost,
} from '../distribution/types'
import { isSocialKind } from '../distribution/types'
import { type Said, saidInEnglish, type SaidVars } from '../i18n/deliveries'
import { now } from '../lib/clock'
import type { Delivery, Destination } from '../payload-types'
import { sendPressEmail } from './sendPressEmail'

export type Attempt = { delivery: Delivery; destination: Destination | null; outcome: SendOutcome; secrets: string[] }

/** The secrets to sign with: the current one, and the previous one while its rotation lasts. */
export function secretsOf(destination: Destination, at: Date): string[] {
  const previousValid =
    destination.previousSecret &&
    destination.previousSecretExpiresAt &&
    new Date(destination.previousSecretExpiresAt) > at
  return [destination.secret, previousValid ? destination.previousSecret : null].filter((s): s is string => Boolean(s))
}

function destinationConfig(destination: Destination, secrets: string[]): DestinationConfig {
  const accounts = Object.fromEntries(
    Object.entries(destination.accounts ?? {}).filter(([, value]) => typeof value === 'string' && value),
  ) as DestinationConfig['accounts']
  return {
    id: String(destination.id),
    name: destination.name,
    kind: destination.kind,
    url: destination.url,
    secrets,
    accounts,
  }
}

/** The scheduler's id of the post a withdrawal is about: the last one it accepted for this piece and network. */
async function postToWithdraw(payload: Payload, delivery: Delivery): Promise<string | null> {
  const { docs } = await payload.find({
    collection: 'deliveries',
    where: {
      and: [
        { orderKey: { equals: delivery.orderKey } },
        { event: { equals: 'published' } },
        { status: { equals: 'delivered' } },
        { externalId: { exists: true } },
      ],
    },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0]?.externalId ?? null
}

/** One attempt at one leased delivery. Never throws: whatever goes wrong becomes an outcome the newsroom can read. */
export async function sendDelivery(
  payload: Payload,
  id: number | string,
  settings: DeliverySettings,
): Promise<Attempt | null> {
  const delivery = (await payload.findByID({
    collection: 'deliveries',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })) as Delivery | null
  if (!delivery) return null
  if (delivery.channel === 'email')
    return { delivery, destination: null, secrets: [], outcome: await sendPressEmail(payload, delivery) }
  const destinationId = typeof delivery.destination === 'object' ? delivery.destination?.id : delivery.destination
  // Field access hides the secrets from everyone; the worker is the one reader that needs them.
  const lookup = { collection: 'destinations', depth: 0, overrideAccess: true, disableErrors: true } as const
  // Empty once the destination was deleted (the delivery keeps only its name).
  const destination =
    destinationId == null ? null : ((await payload.findByID({ ...lookup, id: destinationId })) as Destination | null)
  if (!destination)
    return {
      delivery,
      destination,
      secrets: [],
      outcome: outcome('cancelled', null, 'deliveryDestinationDeleted'),
    }
  if (destination.enabled === false)
    return {
      delivery,
      destination,
      secrets: [],
      outcome: disabledOutcome(destination),
    }

  const secrets = secretsOf(destination, now())
  const social = isSocialKind(destination.kind)
  const withdrawal = social && delivery.event !== 'published'
  const request: SendRequest = {
    destination: destinationConfig(destination, secrets),
    webhookId: delivery.webhookId,
    event: delivery.event as DeliveryEvent,
    body: social ? undefined : (delivery.body as SiteEventBody),
    post: social && !withdrawal ? (delivery.body as SocialPost) : undefined,
    cancelExternalId: withdrawal ? await postToWithdraw(payload, delivery) : undefined,
    network: (delivery.network as Network | null) ?? null,
    fetch: guardedFetch({ allowPrivate: settings.allowPrivate, allowOrigins: settings.ownOrigins }),
    timeoutMs: settings.timeoutMs,
    now,
  }
  let result: SendOutcome
  try {
    result = await adapterFor(destination.kind)(request)
  } catch (error) {
    result = outcome('failed', null, 'deliveryError', null, error instanceof Error ? error.message : String(error))
  }
  return { delivery, destination, secrets, outcome: scrubbed(result, (text) => redact(text, secrets)) }
}

/**
 * Why nothing went to a destination that is off: the platform's own reason follows, worded in the
 * reader's language when it was stored with its key (a reason stored before keys is quoted).
 */
function disabledOutcome(destination: Destination): SendOutcome {
  const reason = destination.disabledSaid
  if (reason?.code) {
    const said: Said = {
      code: 'deliveryDestinationDisabled',
      then: reason.code as Said['then'],
      ...(reason.params ? { params: reason.params as SaidVars } : {}),
    }
    return { verdict: 'failed', statusCode: null, message: saidInEnglish(said), said }
  }
  return destination.disabledReason
    ? outcome('failed', null, 'deliveryDestinationDisabledBecause', { reason: destination.disabledReason })
    : outcome('failed', null, 'deliveryDestinationDisabled')
}
