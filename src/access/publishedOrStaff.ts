import type { Access } from 'payload'

import { isStaff } from '../lib/roles'

/**
 * The one read rule for publishable content: staff see drafts, everyone else only what is
 * published. Endpoints and search read through it (overrideAccess: false), never around it.
 */
export const publishedOrStaff: Access = ({ req: { user } }) => {
  if (isStaff(user)) return true
  return { _status: { equals: 'published' } }
}
