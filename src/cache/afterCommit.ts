import type { Payload } from 'payload'

type Callback = () => Promise<void>
type TransactionID = number | string

const pending = new WeakMap<Payload, Map<TransactionID, Callback[]>>()

/**
 * Lets code run once a transaction has committed (and not at all if it rolls back), by wrapping
 * the adapter's commit and rollback. Whatever announces a change to other processes must wait for
 * the commit: announced earlier, another instance could re-read the old data and cache it again.
 */
export function installCommitHooks(payload: Payload): void {
  if (pending.has(payload)) return
  const callbacks = new Map<TransactionID, Callback[]>()
  pending.set(payload, callbacks)
  const db = payload.db
  const commit = db.commitTransaction.bind(db)
  const rollback = db.rollbackTransaction.bind(db)
  db.commitTransaction = async (id) => {
    const key = await id
    await commit(id)
    const due = callbacks.get(key) ?? []
    callbacks.delete(key)
    for (const callback of due) await callback()
  }
  db.rollbackTransaction = async (id) => {
    callbacks.delete(await id)
    await rollback(id)
  }
}

/** Runs `callback` after the transaction commits; at once when the hooks are not installed. */
export async function afterCommit(payload: Payload, transactionID: TransactionID, callback: Callback): Promise<void> {
  const callbacks = pending.get(payload)
  if (!callbacks) return callback()
  callbacks.set(transactionID, [...(callbacks.get(transactionID) ?? []), callback])
}
