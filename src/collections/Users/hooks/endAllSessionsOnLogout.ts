import type { CollectionAfterLogoutHook } from 'payload'

/**
 * Signing out signs out everywhere: a newsroom account left open on a shared or lost device is
 * closed by signing out anywhere else. Payload ends only the current session unless the client asks
 * for `?allSessions=true`; clearing the list here, in the logout's own transaction, makes that the
 * rule for every client (admin, REST, GraphQL).
 */
export const endAllSessionsOnLogout: CollectionAfterLogoutHook = async ({ collection, req }) => {
  if (!collection.auth?.useSessions || !req.user) return
  await req.payload.db.updateOne({
    collection: collection.slug,
    id: req.user.id,
    // A null updatedAt keeps the account's last-modified date, as Payload's own session writes do.
    data: { sessions: [], updatedAt: null },
    req,
    returning: false,
  })
}
