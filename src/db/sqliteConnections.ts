import { AsyncLocalStorage } from 'node:async_hooks'
import type { DatabaseAdapterObj } from 'payload'

type Client = { execute: (sql: string) => Promise<unknown>; transaction: (mode?: string) => Promise<unknown> }
type TransactionID = number | string
type Instance = ReturnType<DatabaseAdapterObj['init']> & {
  client?: Client
  connect?: (options?: unknown) => Promise<void>
  beginTransaction: (options?: unknown) => Promise<TransactionID | null>
  commitTransaction: (id: TransactionID | Promise<TransactionID>) => Promise<void>
  rollbackTransaction: (id: TransactionID | Promise<TransactionID>) => Promise<void>
}

/**
 * Two fixes for SQLite under concurrent writers, both about libsql running synchronously.
 *
 * - One writer at a time per process. libsql waits for a lock by blocking the event loop
 *   (busy_timeout), so a second writer waiting in the same process stops the first from ever
 *   committing: both sit out the timeout (seconds with the whole process frozen) and one fails
 *   (SQLITE_BUSY). Transactions, and writes made outside any transaction, queue here instead,
 *   without blocking; other processes are still met by busy_timeout.
 * - libsql hands its connection to each transaction and opens a fresh one for what follows, and
 *   Payload sets `busy_timeout` on the first connection only: every later one gets it here.
 */
export function withSqliteWriteDiscipline(adapter: DatabaseAdapterObj, busyTimeoutMs: number): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const instance = adapter.init(args) as Instance
      serialiseTransactions(instance)
      const connect = instance.connect!
      instance.connect = async function (this: Instance, options?: unknown) {
        await connect.call(this, options)
        if (this.client) keepBusyTimeout(this.client, busyTimeoutMs)
      }
      return instance
    },
  }
}

// The adapter's writes; called with a request in a transaction, they already hold the turn.
const WRITES = [
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'updateGlobal',
  'updateGlobalVersion',
  'updateJobs',
  'updateMany',
  'updateOne',
  'updateVersion',
  'upsert',
] as const

function serialiseTransactions(instance: Instance): void {
  const begin = instance.beginTransaction.bind(instance)
  const commit = instance.commitTransaction.bind(instance)
  const rollback = instance.rollbackTransaction.bind(instance)
  const holders = new Map<TransactionID, () => void>()
  let tail: Promise<void> = Promise.resolve()
  const takeTurn = async (): Promise<() => void> => {
    let release!: () => void
    const turn = tail
    tail = new Promise<void>((resolve) => (release = resolve))
    await turn
    return release
  }

  // A write the adapter makes from within another (upsert calls updateOne) already holds the turn.
  const holdingTurn = new AsyncLocalStorage<true>()
  const methods = instance as unknown as Record<
    string,
    (args?: { req?: { transactionID?: unknown } }) => Promise<unknown>
  >
  for (const name of WRITES) {
    const write = methods[name]?.bind(instance)
    if (!write) continue
    methods[name] = async (args) => {
      if (args?.req?.transactionID || holdingTurn.getStore()) return write(args)
      const release = await takeTurn()
      try {
        return await holdingTurn.run(true, () => write(args))
      } finally {
        release()
      }
    }
  }

  instance.beginTransaction = async (options) => {
    const release = await takeTurn()
    try {
      const id = await begin(options)
      if (id === null || id === undefined) release()
      else holders.set(id, release)
      return id
    } catch (error) {
      release()
      throw error
    }
  }
  const finish = (end: typeof commit) => async (id: TransactionID | Promise<TransactionID>) => {
    const key = await id
    try {
      await end(key)
    } finally {
      holders.get(key)?.()
      holders.delete(key)
    }
  }
  instance.commitTransaction = finish(commit)
  instance.rollbackTransaction = finish(rollback)
}

const kept = new WeakSet<Client>()

function keepBusyTimeout(client: Client, busyTimeoutMs: number): void {
  if (kept.has(client)) return
  kept.add(client)
  const transaction = client.transaction.bind(client)
  client.transaction = async (mode?: string) => {
    const tx = await transaction(mode)
    await client.execute(`PRAGMA busy_timeout = ${busyTimeoutMs}`)
    return tx
  }
}
