import type { Access, Where } from 'payload'

import { now } from '../lib/clock'
import { rawId } from '../lib/ids'
import { hasRole } from '../lib/roles'

/** What anyone may see of the crisis services: published listings that have not run out. */
export const liveListings = (): Where => ({
  and: [{ status: { equals: 'published' } }, { expiresAt: { greater_than: now().toISOString() } }],
})

/**
 * Admins and editors (who moderate everywhere) read every listing; a chamber's contributors also read
 * their chamber's queue; everyone else, the live listings only.
 */
export const listingReaders: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin') || hasRole(user, 'editor')) return true
  if (hasRole(user, 'contributor') && user?.chamber)
    return { or: [liveListings(), { chamber: { equals: rawId(user.chamber) } }] }
  return liveListings()
}
