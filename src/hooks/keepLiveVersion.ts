import type { CollectionBeforeOperationHook } from 'payload'

import { may } from '../lib/permissions'

/**
 * Someone who may not publish never writes the live version: their saves become draft versions,
 * so a journalist's edit of a published piece waits for review while readers keep the approved text.
 */
export const keepLiveVersion: CollectionBeforeOperationHook = ({ args, operation, req, collection }) => {
  if (operation !== 'update' || !req.user || may(req.user.roles, collection.slug, 'publish')) return args
  const data = (args.data ?? {}) as Record<string, unknown>
  // An explicit request to publish is left for the access rules to refuse, out loud.
  if (data._status === 'published') return args
  return { ...args, draft: true, data: { ...data, _status: 'draft' } }
}
