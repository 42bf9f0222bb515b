import { APIError } from 'payload'

/** Marks errors that mean "nothing was stored": a killed transaction, a failed commit. */
export const UNCOMMITTED = Symbol.for('newsroom.uncommitted')

export function uncommittedError(message: string, status: 500 | 503, cause?: unknown): Error {
  const error = new APIError(message, status, undefined, false)
  Object.assign(error, { [UNCOMMITTED]: true, cause })
  return error
}

export const isUncommitted = (error: unknown) => Boolean((error as { [UNCOMMITTED]?: boolean } | null)?.[UNCOMMITTED])
