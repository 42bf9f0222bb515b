import type { Payload } from 'payload'

type Callback = () => Promise<void>
type TransactionID = number | string
type Hooks = { before: Map<TransactionID, Callback[]>; after: Map<TransactionID, Callback[]> }

const installed = new WeakMap<Payload, Hooks>()

/**
 * Lets code run inside a transaction just before it commits, or once it has committed (and not at
 * all if it rolls back), by wrapping the adapter's commit and rollback.
 */
export function installCommitHooks(payload: Payload): void {
  if (installed.has(payload)) return
  const hooks: Hooks = { before: new Map(), after: new Map() }
  installed.set(payload, hooks)
  const db = payload.db
  const commit = db.commitTransaction.bind(db)
  const rollback = db.rollbackTransaction.bind(db)
  const take = (map: Map<TransactionID, Callback[]>, key: TransactionID) => {
    const due = map.get(key) ?? []
    map.delete(key)
    return due
  }
  db.commitTransaction = async (id) => {
    const key = await id
    try {
      for (const callback of take(hooks.before, key)) await callback()
    } catch (error) {
      take(hooks.after, key)
      await rollback(id)
      throw error
    }
    await commit(id)
    for (const callback of take(hooks.after, key)) await callback()
  }
  db.rollbackTransaction = async (id) => {
    const key = await id
    take(hooks.before, key)
    take(hooks.after, key)
    await rollback(id)
  }
}

function register(
  payload: Payload,
  when: keyof Hooks,
  transactionID: TransactionID,
  callback: Callback,
): Promise<void> {
  const hooks = installed.get(payload)
  // Without the hooks (a Payload instance that never ran the plugin's onInit), now is the best there is.
  if (!hooks) return callback()
  hooks[when].set(transactionID, [...(hooks[when].get(transactionID) ?? []), callback])
  return Promise.resolve()
}

/** Runs `callback` in the transaction, after everything else it does: it then takes its locks last. */
export const beforeCommit = (payload: Payload, transactionID: TransactionID, callback: Callback) =>
  register(payload, 'before', transactionID, callback)

/** Runs `callback` once the transaction has committed. */
export const afterCommit = (payload: Payload, transactionID: TransactionID, callback: Callback) =>
  register(payload, 'after', transactionID, callback)
