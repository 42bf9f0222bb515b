import type { AfterErrorHook } from 'payload'

import { isUncommitted } from '../db/uncommitted'
import { translate } from '../i18n/translate'
import { currentRequestId } from '../lib/requestLog'
import { isTransientDbError, RETRY_AFTER_SECONDS } from '../lib/transientDbError'

/**
 * A write that could not be committed answers as such, in the admin's language: 503 with
 * `Retry-After` when another transaction was in the way (a retry will do), 500 with a reference
 * otherwise. Never a success, never the database's own message.
 */
export const answerUncommittedWrite: AfterErrorHook = ({ error, req }) => {
  if (isTransientDbError(error) || (error as { status?: number }).status === 503) {
    req.responseHeaders ??= new Headers()
    req.responseHeaders.set('retry-after', String(RETRY_AFTER_SECONDS))
    return {
      status: 503,
      response: { errors: [{ message: translate(req, 'busyTryAgain') }], requestId: currentRequestId() },
    }
  }
  if (!isUncommitted(error)) return
  const requestId = currentRequestId() ?? ''
  return { status: 500, response: { errors: [{ message: translate(req, 'notCommitted', { requestId }) }], requestId } }
}
