import type { CollectionSlug, PayloadRequest, SelectType, TypedLocale, Where } from 'payload'

import { listTag, recordRead } from '../cache/readTags'

/**
 * The answer being made depends on every document of the collection, read without Payload's hooks
 * (which is where reads are otherwise recorded): it is dropped from the response cache whenever any
 * of them changes.
 */
export function dependsOnEvery(collection: CollectionSlug): void {
  recordRead([listTag(collection)])
}

/**
 * Rows read straight from the database adapter, past Payload's per-document pipeline (access,
 * hooks, population: most of the time of a large public read). Only for public fields of a
 * collection whose stored rows are what readers may see; the cached answer is tagged here.
 */
export async function readPastHooks<T>(
  req: PayloadRequest,
  collection: CollectionSlug,
  args: { where: Where; select: SelectType; locale?: TypedLocale | 'all' },
): Promise<T[]> {
  dependsOnEvery(collection)
  const { docs } = await req.payload.db.find<T & Record<string, unknown>>({
    collection,
    where: args.where,
    select: args.select,
    locale: args.locale,
    pagination: false,
    limit: 0,
    req,
  })
  return docs
}
