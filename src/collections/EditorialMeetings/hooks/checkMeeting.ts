import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { refusal } from '../../../hooks/refusal'
import { translate } from '../../../i18n/translate'
import { idOf } from '../../../lib/ids'
import { CLOSING_MEETING } from './freezeClosed'

type DecisionRow = { subject?: unknown; decision?: string; assignee?: unknown }

/**
 * A meeting is planned, then open during the meeting; it is closed only by the close endpoint,
 * which applies its decisions. One decision per subject, and an assignment names its assignee.
 */
export const checkMeeting: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  const from = operation === 'update' ? originalDoc?.status : undefined
  const closing = operation === 'update' && req.context[CLOSING_MEETING] === String(originalDoc?.id)
  if (req.user && data.status === 'closed' && from !== 'closed' && !closing) {
    throw refusal(req, 400, 'meetingCloseWithEndpoint')
  }
  const decisions = (Array.isArray(data.decisions) ? data.decisions : []) as DecisionRow[]
  const errors: { path: string; message: string }[] = []
  const seen = new Set<string>()
  decisions.forEach((row, i) => {
    const subject = idOf(row.subject)
    if (subject && seen.has(subject))
      errors.push({ path: `decisions.${i}.subject`, message: translate(req, 'meetingDuplicateDecision') })
    if (subject) seen.add(subject)
    if (row.decision === 'assigned' && !idOf(row.assignee))
      errors.push({ path: `decisions.${i}.assignee`, message: translate(req, 'meetingAssignmentNeedsAssignee') })
  })
  if (errors.length) throw new ValidationError({ collection: 'editorial-meetings', errors, req })
  return data
}
