import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionAfterOperationHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
} from 'payload'

import { uncommittedError } from '../db/uncommitted'

const OPENED = 'writeIntegrity:transaction'
const FAILED = 'writeIntegrity:failedWrite'

/**
 * First of every operation: whether it runs in a transaction. Payload kills the request's
 * transaction when a nested operation fails (a plugin's own write, say), and a hook that catches
 * that error lets the operation go on with nothing left to commit: it would answer success for a
 * change that was rolled back.
 */
export const noteTransaction: CollectionBeforeOperationHook = ({ args, req }) => {
  req.context[OPENED] = Boolean(req.transactionID)
  return args
}

/**
 * Bulk operations (a plugin deleting its index entries by `where`) report a document they could
 * not write in their result instead of throwing; on PostgreSQL the failed statement has also
 * aborted the transaction, whose COMMIT then quietly rolls back. Such a failure marks the request.
 */
export const noteFailedWrites: CollectionAfterOperationHook = ({ req, result }) => {
  const errors = (result as { errors?: unknown[] } | undefined)?.errors
  if (Array.isArray(errors) && errors.length > 0) req.context[FAILED] = true
  return result
}

function assertTransactionAlive(req: PayloadRequest): void {
  if (req.context[FAILED] || (req.context[OPENED] && !req.transactionID)) {
    throw uncommittedError('A write within the request failed, so its transaction cannot be committed.', 500)
  }
}

/**
 * Last of each phase of hooks (before and after the change, before and after the deletion): the
 * transaction must still be open. Checked before the write too, since the search plugin deletes
 * its entry before the document: the document's own deletion would otherwise run, and commit, alone.
 */
export const stillInTransaction = {
  beforeChange: (({ data, req }) => {
    assertTransactionAlive(req)
    return data
  }) satisfies CollectionBeforeChangeHook,
  afterChange: (({ doc, req }) => {
    assertTransactionAlive(req)
    return doc
  }) satisfies CollectionAfterChangeHook,
  beforeDelete: (({ req }) => assertTransactionAlive(req)) satisfies CollectionBeforeDeleteHook,
  afterDelete: (({ doc, req }) => {
    assertTransactionAlive(req)
    return doc
  }) satisfies CollectionAfterDeleteHook,
}
