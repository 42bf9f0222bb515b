import type { CollectionBeforeChangeHook } from 'payload'

import { now } from '../lib/clock'

/** `publishedAt` records the first publication (scheduled ones included) and is never moved by later edits. */
export const setPublishedAt: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data._status === 'published' && !data.publishedAt && !originalDoc?.publishedAt) {
    return { ...data, publishedAt: now().toISOString() }
  }
  return data
}
