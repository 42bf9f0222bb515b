import { APIError, type PayloadRequest } from 'payload'

import { WORKFLOW_LABELS } from '../fields/workflow'
import type { RefusalKey } from '../i18n/refusals'
import { translate } from '../i18n/translate'
import type { WorkflowStatus } from '../lib/workflow'

/** A refusal in the request's language: the admin's, or the Accept-Language of an API client. */
export const refusal = (req: PayloadRequest, status: number, key: RefusalKey, vars?: Record<string, unknown>) =>
  new APIError(translate(req, key, vars), status)

/** A review status as the admin names it, in the request's language. */
export function statusLabel(req: PayloadRequest, status: WorkflowStatus): string {
  const label = WORKFLOW_LABELS[status]
  return req.i18n?.language === 'en' ? label.en : label.fr
}
