import type { Access } from 'payload'

import { hasRole } from '../lib/roles'

/** Admins reach every user; anyone else only their own account. */
export const adminsOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  return { id: { equals: user.id } }
}
