import type { PayloadRequest } from 'payload'

import { bumpDatabaseGeneration } from './generation'
import { redisPrefix } from './redis'
import { redisBus } from './redisBus'
import { afterCommit, beforeCommit } from './transactionHooks'

const ACK_TIMEOUT_MS = Number(process.env.CACHE_INVALIDATION_TIMEOUT_MS || 2000)

/**
 * Published content may have changed: every instance's cached responses must go. Once per
 * transaction is enough. Without Redis the new generation is written in the same transaction, as
 * its last write (taking the generation row's lock last, no two writers can deadlock on it); with
 * Redis it is announced once the transaction has committed.
 */
export async function contentChanged(req: PayloadRequest): Promise<void> {
  const transactionID = req.transactionID ? await req.transactionID : undefined
  if (transactionID !== undefined) {
    const seen = (req.context.cacheInvalidated ??= new Set()) as Set<number | string>
    if (seen.has(transactionID)) return
    seen.add(transactionID)
  }
  const url = process.env.REDIS_URL
  if (!url) {
    if (transactionID === undefined) return bumpDatabaseGeneration(req)
    return beforeCommit(req.payload, transactionID, () => bumpDatabaseGeneration({ payload: req.payload, transactionID } as PayloadRequest))
  }
  const bus = redisBus(url, redisPrefix(process.env), { warn: (msg) => req.payload.logger.warn(msg) }, ACK_TIMEOUT_MS)
  if (transactionID === undefined) return bus.announce()
  return afterCommit(req.payload, transactionID, () => bus.announce())
}
