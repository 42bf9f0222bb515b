import type { CollectionBeforeChangeHook } from 'payload'

/** `publishedAt` records the first publication (scheduled ones included) and is never moved by later edits. */
export const setPublishedAt: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data._status === 'published' && !data.publishedAt && !originalDoc?.publishedAt) {
    return { ...data, publishedAt: new Date().toISOString() }
  }
  return data
}
