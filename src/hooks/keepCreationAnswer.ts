import { getTranslation } from '@payloadcms/translations'
import type { CollectionAfterOperationHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { creationSlot, KEY_STORE as KV, type Slot, type Stored } from '../lib/idempotency'

/**
 * Writes the answer a creation under `Idempotency-Key` will give, in the creation's own
 * transaction: committed together, so a retry finds the answer even when the process died before
 * the server in front could keep it.
 */
export async function keepAnswerInTransaction(
  req: PayloadRequest,
  slot: Slot,
  status: number,
  body: unknown,
): Promise<void> {
  const done: Stored = {
    state: 'done',
    fingerprint: slot.fingerprint,
    at: slot.at,
    status,
    contentType: 'application/json',
    body: JSON.stringify(body),
  }
  await req.payload.db.updateOne({ collection: KV, where: { key: { equals: slot.key } }, data: { data: done }, req })
  slot.written = true
}

/** The creation that answers `POST /api/<collection>`, not one a hook nests in it. */
const answeringSlot = (operation: string, slug: string): Slot | undefined => {
  const slot = creationSlot.getStore()
  return operation === 'create' && slot?.collection === slug && !slot.written ? slot : undefined
}

export const enterCreation: CollectionBeforeOperationHook = ({ args, collection, operation }) => {
  const slot = answeringSlot(operation, collection.slug)
  if (slot) slot.depth++
  return args
}

/** Last of the creation's hooks: the document as Payload's create route will answer it. */
export const keepCreationAnswer: CollectionAfterOperationHook = async ({ collection, operation, req, result }) => {
  const slot = answeringSlot(operation, collection.slug)
  if (!slot) return result
  slot.depth--
  if (slot.depth > 0 || !req.transactionID) return result
  const label = getTranslation(collection.labels.singular, req.i18n)
  await keepAnswerInTransaction(req, slot, 201, {
    doc: result,
    message: req.t('general:successfullyCreated', { label }),
  })
  return result
}

/** An endpoint of ours that creates under `Idempotency-Key` keeps its own answer, in the transaction of its creation. */
export async function keepOwnAnswer(req: PayloadRequest, status: number, body: unknown): Promise<void> {
  const slot = creationSlot.getStore()
  if (slot && slot.collection === null && !slot.written) await keepAnswerInTransaction(req, slot, status, body)
}
