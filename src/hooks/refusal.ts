import type { TFunction } from '@payloadcms/translations'
import { APIError, type PayloadRequest } from 'payload'

import { WORKFLOW_LABELS } from '../fields/workflow'
import type { RefusalKey } from '../lib/refusalMessages'
import type { WorkflowStatus } from '../lib/workflow'

type Vars = Record<string, unknown>

/** A refusal's words in the request's language: the admin's, or the Accept-Language of an API client. */
export function refusalText(req: PayloadRequest, key: RefusalKey, vars?: Vars): string {
  const t = req.t as unknown as TFunction<`newsroom:${RefusalKey}`>
  return t(`newsroom:${key}`, vars)
}

export const refusal = (req: PayloadRequest, status: number, key: RefusalKey, vars?: Vars) =>
  new APIError(refusalText(req, key, vars), status)

/** A review status as the admin names it, in the request's language. */
export function statusLabel(req: PayloadRequest, status: WorkflowStatus): string {
  const label = WORKFLOW_LABELS[status]
  return req.i18n?.language === 'en' ? label.en : label.fr
}
