import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook } from 'payload'

import { eventFor, type LiveState } from '../distribution/events'
import { readLiveState } from '../outbox/liveState'
import { queueDeliveries } from '../outbox/queueDeliveries'

const key = (collection: string, id: unknown) => `distribution:live:${collection}:${String(id)}`

/** Before the write: what readers see now. */
export const noteLiveState: CollectionBeforeChangeHook = async ({ collection, operation, originalDoc, req, data }) => {
  if (operation === 'update' && originalDoc?.id !== undefined)
    req.context[key(collection.slug, originalDoc.id)] = await readLiveState(req, collection.slug, originalDoc.id)
  return data
}

/** After the write, in its transaction: what readers will see, and the deliveries that change owes. */
export const distributeChange: CollectionAfterChangeHook = async ({ collection, doc, operation, req }) => {
  const before =
    operation === 'update'
      ? ((req.context[key(collection.slug, doc.id)] as LiveState | null | undefined) ?? null)
      : null
  delete req.context[key(collection.slug, doc.id)]
  const after = await readLiveState(req, collection.slug, doc.id)
  const event = eventFor(before, after)
  if (event) await queueDeliveries(req, { collection: collection.slug, doc, event, before, after })
  return doc
}

/** Deleting a published piece takes it off the site and withdraws its posts. */
export const distributeDeletion: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (doc._status !== 'published') return doc
  const before: LiveState = { published: true, slug: doc.slug ?? null, updatedAt: doc.updatedAt ?? null }
  await queueDeliveries(req, { collection: collection.slug, doc, event: 'deleted', before, after: null })
  return doc
}
