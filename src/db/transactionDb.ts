import type { Payload, PayloadRequest } from 'payload'

/**
 * The SQL adapters' drizzle handle for a request: the open transaction's own session when the
 * request has one (statements outside it would not see its writes, or would wait on its locks),
 * else the adapter's shared handle. `inTransaction` is false in the second case.
 */
export async function transactionDb<Db>(
  payload: Payload,
  req?: PayloadRequest,
): Promise<{ db: Db; inTransaction: boolean }> {
  const adapter = payload.db as unknown as { drizzle: Db; sessions?: Record<string, { db: Db }> }
  const transaction = req?.transactionID ? await req.transactionID : undefined
  const session = transaction !== undefined ? adapter.sessions?.[String(transaction)]?.db : undefined
  return session ? { db: session, inTransaction: true } : { db: adapter.drizzle, inTransaction: false }
}
