import type { CollectionSlug, Payload, Where } from 'payload'

import { CONTENT } from '../lib/permissions'
import { listTag, tagsOfWrite } from './readTags'

/**
 * The embargoes ending in (from, to]: the tags of the answers their pieces now join (ms since the
 * epoch), and when the next one after `to` ends (Infinity when none is running).
 */
export type EmbargoEnds = (from: number, to: number) => Promise<{ ended: string[]; next: number }>

export function embargoEnds(payload: Payload): EmbargoEnds {
  const query = (collection: string, where: Where, limit: number) =>
    payload.find({
      collection: collection as CollectionSlug,
      where: { and: [{ _status: { equals: 'published' } }, where] },
      sort: 'embargoUntil',
      limit,
      pagination: false,
      depth: 0,
      select: { embargoUntil: true, slug: true },
      overrideAccess: true,
    })
  return async (from, to) => {
    const [since, until] = [new Date(from).toISOString(), new Date(to).toISOString()]
    const ended = new Set<string>()
    const ends = await Promise.all(
      CONTENT.map(async (collection) => {
        if (to > from) {
          const { docs } = await query(
            collection,
            { and: [{ embargoUntil: { greater_than: since } }, { embargoUntil: { less_than_equal: until } }] },
            0,
          )
          if (docs.length)
            for (const tag of [...tagsOfWrite(collection, docs as { id: unknown }[]), listTag('search')]) ended.add(tag)
        }
        const { docs } = await query(collection, { embargoUntil: { greater_than: until } }, 1)
        const next = (docs[0] as { embargoUntil?: string } | undefined)?.embargoUntil
        return next ? Date.parse(next) : Number.POSITIVE_INFINITY
      }),
    )
    return { ended: [...ended], next: Math.min(...ends) }
  }
}
