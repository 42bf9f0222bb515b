import type { CollectionBeforeChangeHook } from 'payload'

/** Ownership comes from the session, never from the request body. */
export const setCreatedBy: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  return { ...data, createdBy: req.user?.id ?? data.createdBy ?? null }
}
