import type { Access, CollectionBeforeOperationHook, Where } from 'payload'

import { refusal } from '../../../hooks/refusal'

/** Set in `req.context` by the close endpoint, around the one update that closes the meeting. */
export const CLOSING_MEETING = 'editorial-meetings:closing'

export const OPEN_MEETING: Where = { status: { not_equals: 'closed' } }

/**
 * A closed meeting is the record of what was decided: nobody changes or deletes it, admins
 * included. The access rule makes the admin show it read-only; this hook says why to API callers.
 */
export const explainClosed: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const { id } = args as { id?: number | string }
  if (
    (operation !== 'update' && operation !== 'delete') ||
    id === undefined ||
    req.context[CLOSING_MEETING] === String(id)
  )
    return args
  const meeting = await req.payload.findByID({
    collection: 'editorial-meetings',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (meeting?.status === 'closed') {
    throw refusal(req, 403, 'meetingFrozen', { week: meeting.week })
  }
  return args
}

/** An access rule that also keeps closed meetings out of reach. */
export const unlessClosed =
  (rule: Access): Access =>
  async (args) => {
    const result = await rule(args)
    if (result === false) return false
    return result === true ? OPEN_MEETING : { and: [result, OPEN_MEETING] }
  }
