import type { FieldAccess } from 'payload'

import { idOf } from '../lib/ids'
import { hasRole } from '../lib/roles'

/**
 * A listing owner's private contact: admins, and the staff of the listing's own chamber. Asked
 * without a document (a filter or a sort on the field), only admins: nobody else may probe it.
 */
export const ownerContactReaders: FieldAccess = ({ req: { user }, doc }) => {
  if (hasRole(user, 'admin')) return true
  if (!doc || !user?.chamber || !hasRole(user, 'contributor')) return false
  return idOf((doc as { chamber?: unknown }).chamber) === idOf(user.chamber)
}
