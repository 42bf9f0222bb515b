import type { PayloadRequest } from 'payload'

import { refreshReadModel } from '../readModel/build'
import { recordChange } from './changeFeed'
import { redisPrefix } from './redis'
import { redisBus } from './redisBus'
import { afterCommit, beforeCommit } from './transactionHooks'

const ACK_TIMEOUT_MS = Number(process.env.CACHE_INVALIDATION_TIMEOUT_MS || 2000)

/**
 * What an anonymous reader can see has changed: the cached answers carrying these tags must go, on
 * every instance. The tags of one transaction are gathered and published once: without Redis as
 * one row written in the same transaction, as its last write; with Redis announced once the
 * transaction has committed. The public read model is brought up to date first (in the transaction
 * when it is still open), so that no instance refills its cache from answers the change made stale.
 */
export async function contentChanged(req: PayloadRequest, tags: string[]): Promise<void> {
  const transactionID = req.transactionID ? await req.transactionID : undefined
  const url = process.env.REDIS_URL
  const publish = (all: string[], writer: PayloadRequest) => {
    if (!url) return recordChange(writer, all)
    return redisBus(
      url,
      redisPrefix(process.env),
      { warn: (msg) => req.payload.logger.warn(msg) },
      ACK_TIMEOUT_MS,
    ).announce(all)
  }
  if (transactionID === undefined) {
    await refreshReadModel(req.payload, undefined, tags)
    return publish(tags, req)
  }
  const pending = (req.context.cacheTags ??= new Map()) as Map<number | string, Set<string>>
  const gathered = pending.get(transactionID)
  if (gathered) {
    for (const tag of tags) gathered.add(tag)
    return
  }
  const all = new Set(tags)
  pending.set(transactionID, all)
  const flush = async () => {
    pending.delete(transactionID)
    await refreshReadModel(req.payload, url ? undefined : transactionID, [...all])
    return publish([...all], { payload: req.payload, transactionID } as PayloadRequest)
  }
  return url ? afterCommit(req.payload, transactionID, flush) : beforeCommit(req.payload, transactionID, flush)
}
