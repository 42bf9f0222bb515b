import type { AfterErrorHook } from 'payload'

import { currentRequestId } from '../lib/requestLog'

/** A fault of ours (5xx) answers with the request's id, the key to its log lines. */
export const errorRequestId: AfterErrorHook = ({ error, result }) => {
  const status = Number((error as { status?: number }).status) || 500
  const requestId = currentRequestId()
  if (status < 500 || !requestId) return
  return { response: { ...result, requestId } }
}
