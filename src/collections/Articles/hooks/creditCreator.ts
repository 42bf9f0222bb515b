import type { CollectionBeforeChangeHook } from 'payload'

import { isStaff } from '../../../lib/roles'

/**
 * Whoever starts a piece signs it unless they name its authors: the person it was created for (a
 * subject's assignee, see setCreatedBy) or the one creating it. Work without a user (seed, imports)
 * credits nobody.
 */
export const creditCreator: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create' || !isStaff(req.user) || !data.createdBy) return data
  const authors = Array.isArray(data.authors) ? data.authors : []
  return authors.length ? data : { ...data, authors: [data.createdBy] }
}
