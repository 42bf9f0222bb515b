import type { CollectionSlug, Payload } from 'payload'

import { now } from '../lib/clock'
import { CONTENT } from '../lib/permissions'

/**
 * When the next embargo among published pieces ends (ms since the epoch; Infinity when none is
 * running). Cached answers that leave such a piece out must not outlive that moment.
 */
export async function nextEmbargoEnd(payload: Payload): Promise<number> {
  const at = now().toISOString()
  const ends = await Promise.all(
    CONTENT.map(async (collection) => {
      const { docs } = await payload.find({
        collection: collection as CollectionSlug,
        where: { and: [{ _status: { equals: 'published' } }, { embargoUntil: { greater_than: at } }] },
        sort: 'embargoUntil',
        limit: 1,
        pagination: false,
        depth: 0,
        select: { embargoUntil: true },
        overrideAccess: true,
      })
      const until = (docs[0] as { embargoUntil?: string } | undefined)?.embargoUntil
      return until ? Date.parse(until) : Number.POSITIVE_INFINITY
    }),
  )
  return Math.min(...ends)
}
