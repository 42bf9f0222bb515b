import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { translate } from '../../../i18n/translate'
import { isRequestStatus, movesFrom, requestMoveProblem } from '../../../lib/press/requestFlow'

/** The status moves only along the request's flow, whichever API asks (400 naming the possible moves). */
export const enforceRequestFlow: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  const stated = operation === 'create' && !req.user && isRequestStatus(data.status)
  // What the platform itself creates (seed, imports) states its status; people start at "new".
  const from = stated
    ? data.status
    : operation === 'create'
      ? 'new'
      : isRequestStatus(originalDoc?.status)
        ? originalDoc.status
        : 'new'
  const to = data.status ?? from
  const problem = requestMoveProblem(from, to, data.assignee ?? originalDoc?.assignee)
  if (problem === 'unknown') throw new APIError(translate(req, 'requestMoveUnknown', { to: String(to) }), 400)
  if (problem === 'notAllowed')
    throw new APIError(
      translate(req, 'requestMoveNotAllowed', { from, to, moves: movesFrom(from).join(', ') || '—' }),
      400,
    )
  if (problem === 'needsAssignee') throw new APIError(translate(req, 'requestNeedsAssignee'), 400)
  return { ...data, status: to }
}
