import type { CollectionBeforeChangeHook } from 'payload'

/** The author is whoever is signed in; a comment cannot be written in someone else's name. */
export const setAuthor: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  return { ...data, author: req.user?.id ?? data.author ?? null }
}
