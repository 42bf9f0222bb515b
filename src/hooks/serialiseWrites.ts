import type { CollectionBeforeOperationHook } from 'payload'

import { lockDocument } from '../db/documentLock'
import { checkIfMatch } from './preconditions'

/**
 * First of every update and delete of one document: the document's writes take turns (so the
 * before-state that distribution and the workflow read is the one that the write replaces), then
 * the client's precondition is checked against what is current.
 */
export const serialiseWrites: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const id = (args as { id?: number | string }).id
  if ((operation !== 'update' && operation !== 'delete') || id === undefined || id === null) return args
  await lockDocument(req, collection.slug, id)
  await checkIfMatch(req, collection, id)
  return args
}
