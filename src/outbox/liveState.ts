import type { CollectionSlug, PayloadRequest } from 'payload'

import type { LiveState } from '../distribution/events'

/**
 * The live row of a piece, read through the adapter (not the versions): a draft saved over a
 * published piece does not touch it, a publication and an unpublication do. Read in the
 * request's transaction, so it sees the change being made.
 */
export async function readLiveState(
  req: PayloadRequest,
  collection: string,
  id: number | string,
): Promise<LiveState | null> {
  const row = (await req.payload.db.findOne({
    collection: collection as CollectionSlug,
    where: { id: { equals: id } },
    select: { _status: true, slug: true, updatedAt: true },
    req,
  })) as { _status?: string; slug?: string | null; updatedAt?: string | null } | null
  if (!row) return null
  return {
    published: row._status === 'published',
    slug: row.slug ?? null,
    updatedAt: row.updatedAt ? String(row.updatedAt) : null,
  }
}
