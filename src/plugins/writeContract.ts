import { type CollectionBeforeOperationHook, type Plugin, ValidationError } from 'payload'

import { say } from '../i18n/translate'
import { fieldErrors, refusalMessage, type Translate } from '../openapi/refusal'
import { writeProblems } from '../openapi/writeInput'

/**
 * Before Payload reads a client's write (GraphQL, the Local API called with `overrideAccess: false`,
 * and REST, already checked at the edge): its data matches the collection's published input schema
 * (`<slug>.create` or `<slug>.input`, compiled once), or the write is refused with a 400 naming each
 * field, in the words and the language of the edge's refusals. Writes our own code makes with the
 * access rules overridden (the seed, jobs, hooks) carry the fields the server sets and are not
 * client input. A write without data (a REST request without a body) is the empty object, as `{}` is.
 */
const checkWrite: CollectionBeforeOperationHook = ({ args, collection, operation, overrideAccess, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data = (args.data ?? {}) as Record<string, unknown>
  if (overrideAccess) return { ...args, data }
  const idType = req.payload.db.defaultIDType === 'number' ? 'number' : 'text'
  const context = {
    draft: Boolean(args.draft),
    adminForm: /^multipart\/form-data\b/.test(req.headers?.get('content-type') ?? ''),
  }
  // Read as a client sends it: dates as text, no undefined members; without the stored file's key,
  // which Payload itself has put there for an upload by then.
  const sent = JSON.parse(JSON.stringify(data)) as unknown
  if (sent && typeof sent === 'object') delete (sent as Record<string, unknown>)._objectKey
  // A copy takes its fields from the original: what the client sends changes some, as an update does.
  const kind = operation === 'create' && !('duplicateFromID' in args && args.duplicateFromID) ? 'create' : 'update'
  const problems = writeProblems(req.payload.config, idType, collection, kind, sent, context)
  if (problems.length) {
    const t: Translate = (key, vars) => say(req.t, key, vars)
    const errors = fieldErrors(problems, t, req.i18n?.language)
    const error = new ValidationError({ collection: collection.slug, errors, req })
    error.message = refusalMessage(errors)
    throw error
  }
  return { ...args, data }
}

/** Installs the check on every collection, including those other plugins add before it. */
export const writeContract = (): Plugin => (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [checkWrite, ...(collection.hooks?.beforeOperation ?? [])] },
  })),
})
