import type { Access } from 'payload'

import { rawId } from '../lib/ids'
import { hasRole } from '../lib/roles'

/** Moderation of the crisis services: editors everywhere, a chamber's contributors for their chamber's listings only. */
export const chamberModerators: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin') || hasRole(user, 'editor')) return true
  if (hasRole(user, 'contributor') && user?.chamber) return { chamber: { equals: rawId(user.chamber) } }
  return false
}
