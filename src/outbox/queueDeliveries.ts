import type { PayloadRequest } from 'payload'

import { afterCommit } from '../cache/transactionHooks'
import { told } from '../collections/Deliveries/said'
import {
  destinationTakes,
  dueAt,
  eventReaches,
  type LiveState,
  networksFor,
  orderKey,
  siteEventBody,
} from '../distribution/events'
import { deliverySettings } from '../distribution/settings'
import { newWebhookId } from '../distribution/standardWebhooks'
import { type DeliveryEvent, isSocialKind, type Network, NETWORKS } from '../distribution/types'
import { idOf } from '../lib/ids'
import { titleOfPiece } from '../lib/pieceFields'
import { isSiteType, sitePath } from '../lib/sitePaths'
import { now } from '../lib/clock'
import type { Destination } from '../payload-types'
import { socialPost } from './socialPost'
import { announceDeliveries } from './wake'

type Doc = Record<string, unknown>

export type Change = {
  collection: string
  doc: Doc
  event: DeliveryEvent
  before: LiveState | null
  after: LiveState | null
}

const settings = deliverySettings()

/** A withdrawal is queued for an unpublication or a deletion, never for an update. */
const cancelledBecause = (event: DeliveryEvent) =>
  event === 'deleted' ? ('deliveryCancelled_deleted' as const) : ('deliveryCancelled_unpublished' as const)

const pathFor = (collection: string) => (slug: string) => (isSiteType(collection) ? sitePath(collection, slug) : null)
const topicIds = (doc: Doc) =>
  Array.isArray(doc.topics) ? doc.topics.map(idOf).filter((id): id is string => Boolean(id)) : []

/**
 * The outbox: one delivery per destination (and per network for the schedulers) that takes the
 * piece, written in the transaction of the change. If the change rolls back, so do they; once it
 * commits, this process's workers are woken.
 */
export async function queueDeliveries(req: PayloadRequest, change: Change): Promise<void> {
  const { collection, doc, event } = change
  const { docs: destinations } = await req.payload.find({
    collection: 'destinations',
    where: { enabled: { equals: true } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const item = { collection, topics: topicIds(doc) }
  const takers = destinations.filter(
    (d) =>
      destinationTakes(
        { kind: d.kind, collections: d.collections, topics: d.topics?.map((t) => idOf(t) ?? '') },
        item,
      ) && eventReaches(d.kind, event),
  )
  if (!takers.length) return

  const at = now()
  const common = {
    // A deleted piece can no longer be pointed at; its collection and id stay on record.
    item: event === 'deleted' ? null : { relationTo: collection, value: doc.id },
    itemCollection: collection,
    itemId: String(doc.id),
    itemTitle: titleOfPiece(collection, doc),
    event,
    status: 'queued',
    nextAttemptAt: dueAt(event, at, doc.embargoUntil as string | null).toISOString(),
  }
  const rows: Doc[] = []
  for (const destination of takers) {
    const to = { destination: destination.id, destinationName: destination.name }
    if (!isSocialKind(destination.kind)) {
      const body = siteEventBody({
        ...change,
        id: doc.id as string,
        locales: localeCodes(req),
        publishedAt: (doc.publishedAt as string) ?? null,
        occurredAt: at,
        pathOf: pathFor(collection),
      })
      rows.push({
        ...common,
        ...to,
        network: null,
        body,
        orderKey: orderKey(destination.id, collection, String(doc.id), null),
      })
      continue
    }
    const networks =
      event === 'published'
        ? networksFor(destination.accounts ?? {}, doc.social as never)
        : await postsToWithdraw(req, destination, collection, String(doc.id), event)
    for (const network of networks) {
      const body =
        event === 'published'
          ? await socialPost(req, {
              network,
              collection,
              doc,
              url: siteUrl(collection, doc),
              mediaOrigin: settings.mediaOrigin,
              now: at,
            })
          : null
      rows.push({
        ...common,
        ...to,
        network,
        body,
        orderKey: orderKey(destination.id, collection, String(doc.id), network),
      })
    }
  }
  for (const data of rows) {
    await req.payload.create({
      collection: 'deliveries',
      data: { ...data, webhookId: newWebhookId() } as never,
      depth: 0,
      overrideAccess: true,
      req,
    })
  }
  if (rows.length) await announceAfterCommit(req)
}

/** Wakes this process's workers once the request's transaction has committed (at once without one). */
export async function announceAfterCommit(req: PayloadRequest): Promise<void> {
  const transaction = await req.transactionID
  if (transaction) await afterCommit(req.payload, transaction, async () => announceDeliveries())
  else announceDeliveries()
}

const localeCodes = (req: PayloadRequest) =>
  req.payload.config.localization ? req.payload.config.localization.localeCodes : ['fr']

const siteUrl = (collection: string, doc: Doc) =>
  `${settings.siteUrl}${pathFor(collection)(String(doc.slug ?? doc.id))}`

/**
 * The networks where a withdrawal is owed. A post still waiting in our queue is simply cancelled
 * there; one the scheduler accepted (or is accepting) gets a withdrawal after it.
 */
async function postsToWithdraw(
  req: PayloadRequest,
  destination: Destination,
  collection: string,
  itemId: string,
  event: DeliveryEvent,
): Promise<Network[]> {
  const { docs } = await req.payload.find({
    collection: 'deliveries',
    where: {
      and: [
        { destination: { equals: destination.id } },
        { itemCollection: { equals: collection } },
        { itemId: { equals: itemId } },
        { event: { equals: 'published' } },
        { status: { in: ['queued', 'retrying', 'sending', 'delivered'] } },
      ],
    },
    sort: '-createdAt',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const owed = new Set<Network>()
  for (const post of docs) {
    const network = post.network as Network | null
    if (!network || !NETWORKS.includes(network)) continue
    if (post.status === 'queued' || post.status === 'retrying') {
      await req.payload.update({
        collection: 'deliveries',
        id: post.id,
        data: { status: 'cancelled', ...told('lastMessage', { code: cancelledBecause(event) }) },
        depth: 0,
        overrideAccess: true,
        req,
      })
    } else owed.add(network)
  }
  return [...owed]
}
