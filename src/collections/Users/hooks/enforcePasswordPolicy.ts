import { ValidationError, type CollectionBeforeOperationHook } from 'payload'

import { translate } from '../../../i18n/translate'
import { passwordProblem } from '../../../lib/passwordPolicy'

const SETS_PASSWORD = new Set(['create', 'update', 'resetPassword'])

/**
 * Runs before Payload hashes anything: Payload's own check (3 characters) sits below the hooks of
 * create, update and reset-password alike, so the policy has to be applied at the operation.
 */
export const enforcePasswordPolicy: CollectionBeforeOperationHook = ({ args, operation, collection, req }) => {
  if (!SETS_PASSWORD.has(operation)) return
  const password = (args as { data?: { password?: unknown } }).data?.password
  if (password === undefined || password === null || password === '') return
  const problem = passwordProblem(password)
  if (problem) {
    const { code, ...vars } = problem
    const message = translate(req, code, vars)
    throw new ValidationError({ collection: collection.slug, errors: [{ message, path: 'password' }], req })
  }
}
