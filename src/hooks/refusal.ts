import { APIError, type PayloadRequest } from 'payload'

import { WORKFLOW_LABELS } from '../fields/workflow'
import { translate, type MessageKey } from '../i18n/translate'
import type { SubjectRefusal } from '../lib/subjectFlow'
import type { WorkflowStatus } from '../lib/workflow'

/** A refusal in the request's language: the admin's, or the Accept-Language of an API client. */
export const refusal = (req: PayloadRequest, status: number, key: MessageKey, vars?: Record<string, unknown>) =>
  new APIError(translate(req, key, vars), status)

/** A review status as the admin names it, in the request's language. */
export function statusLabel(req: PayloadRequest, status: WorkflowStatus): string {
  const label = WORKFLOW_LABELS[status]
  return req.i18n?.language === 'en' ? label.en : label.fr
}

/** Why a subject may not make a move, and which moves this user has from there. */
export function subjectMoveMessage(req: PayloadRequest, { status, from, to, allowed }: SubjectRefusal): string {
  const why = translate(req, status === 403 ? 'subjectMoveForbidden' : 'subjectMoveUnknown', { from, to })
  const yours = translate(req, allowed.length ? 'subjectYourMoves' : 'subjectNoMoves', {
    from,
    moves: allowed.join(', '),
  })
  return `${why} ${yours}`
}
