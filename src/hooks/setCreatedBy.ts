import type { CollectionBeforeChangeHook } from 'payload'

/**
 * Set by server code that creates a document for someone else (a subject's piece started for its
 * assignee), in `req.context`, which requests cannot reach.
 */
export const CREATED_FOR = 'createdFor'

/** Ownership comes from the session, never from the request body. */
export const setCreatedBy: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const createdFor = req.context[CREATED_FOR] as number | string | undefined
  return { ...data, createdBy: createdFor ?? req.user?.id ?? data.createdBy ?? null }
}
