import { type CollectionBeforeOperationHook, type Plugin, ValidationError } from 'payload'

import { say } from '../i18n/translate'
import { type ShapeField, shapeProblems } from '../lib/fieldShapes'

/**
 * Before Payload reads a write (REST, GraphQL or Local API): every field's value has a shape its type
 * can take, or the write is refused with a 400 naming the fields. A write without data (a REST
 * request without a body) is the empty object, as `{}` is.
 */
const checkShapes: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data = (args.data ?? {}) as Record<string, unknown>
  const locales = req.payload.config.localization ? req.payload.config.localization.localeCodes : []
  const problems = shapeProblems(collection.fields as unknown as ShapeField[], data, locales)
  if (problems.length) {
    const errors = problems.map(({ path, problem }) => ({
      path,
      message: say(req.t, 'fieldProblem', { path, problem: say(req.t, problem) }),
    }))
    throw new ValidationError({ collection: collection.slug, errors, req })
  }
  return { ...args, data }
}

/** Installs the check on every collection, including those other plugins add before it. */
export const shapeChecks = (): Plugin => (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [checkShapes, ...(collection.hooks?.beforeOperation ?? [])] },
  })),
})
