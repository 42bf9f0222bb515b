import type { Payload } from 'payload'

import { isTransientDbError } from '../lib/transientDbError'
import { uncommittedError } from './uncommitted'

type TransactionID = number | string
type Drizzle = { transaction: (work: (tx: object) => Promise<unknown>, options?: unknown) => Promise<unknown> }
type SqlAdapter = {
  drizzle?: Drizzle
  sessions?: Record<string, { db: object }>
  commitTransaction: (id: TransactionID | Promise<TransactionID>) => Promise<void>
}

const surfaced = new WeakSet<object>()

/**
 * The SQL adapters run each transaction as a drizzle callback and end it by settling a promise;
 * the error of a failing COMMIT (a deferred constraint, a serialisation failure) rejects a promise
 * that @payloadcms/drizzle catches and drops, so the operation would answer success for a change
 * that was never stored. Here the failure is kept per transaction and thrown by the commit, where
 * Payload's operation turns it into an error answer. MongoDB's commit already throws.
 */
export function surfaceCommitErrors(payload: Payload): void {
  const adapter = payload.db as unknown as SqlAdapter
  const drizzle = adapter.drizzle
  if (!drizzle || surfaced.has(adapter)) return
  surfaced.add(adapter)
  const failures = new WeakMap<object, unknown>()
  const transaction = drizzle.transaction.bind(drizzle)
  drizzle.transaction = (work, options) => {
    let handle: object | undefined
    return transaction((tx) => {
      handle = tx
      return work(tx)
    }, options).catch((error: unknown) => {
      if (handle) failures.set(handle, error)
      throw error
    })
  }
  const commit = adapter.commitTransaction.bind(adapter)
  adapter.commitTransaction = async (id) => {
    const key = await id
    const handle = adapter.sessions?.[String(key)]?.db
    await commit(key)
    if (!handle || !failures.has(handle)) return
    const error = failures.get(handle)
    failures.delete(handle)
    throw commitFailure(error)
  }
}

function commitFailure(error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error)
  return uncommittedError(`The change could not be committed: ${message}`, isTransientDbError(error) ? 503 : 500, error)
}
