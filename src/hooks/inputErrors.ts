import type { AfterErrorHook } from 'payload'

import { translate } from '../i18n/translate'
import { inputErrorStatus } from '../lib/inputErrors'

/**
 * Payload answers an error without a status with a 500. One that the request's input caused (a
 * value the database refuses) is the client's to fix: 4xx, with what the database said of it.
 * First of the afterError hooks, so that the others see the status.
 */
export const inputErrors: AfterErrorHook = ({ error, req, result }) => {
  const current = Number((error as { status?: number }).status)
  if (current >= 400 && current < 500) return
  const status = inputErrorStatus(error)
  if (!status) return
  Object.assign(error, { status })
  // The driver's own words name the value; a query's text (with its parameters) is never sent.
  const cause = (error.cause as Error | undefined)?.message ?? (error.name === 'ValidationError' ? error.message : '')
  const detail = cause.split('\n')[0].slice(0, 200) || String(status)
  return { status, response: { ...result, errors: [{ message: translate(req, 'inputRefused', { detail }) }] } }
}
