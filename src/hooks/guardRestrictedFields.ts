import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { may, scopeFor, SOCIAL_FIELDS } from '../lib/permissions'

type WriteArgs = { data?: Record<string, unknown>; id?: number | string }

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/** Fields the workflow and the hooks manage themselves; a client sending them back unchanged is fine. */
const MANAGED = new Set(['id', 'createdAt', 'updatedAt', '_status', 'workflowStatus', 'reviewNote', 'createdBy', 'publishedAt', 'byline', 'adoptionCount', 'sponsored', 'embargoed', 'subjects', 'comments'])

/**
 * Field rules that must be refused out loud rather than silently dropped: the embargo belongs to
 * editors, and a community manager may change only the social copy and distribution settings.
 */
export const guardRestrictedFields: CollectionBeforeOperationHook = async ({ args, operation, overrideAccess, req, collection }) => {
  const { data, id } = args as WriteArgs
  if (overrideAccess || !req.user || !data || (operation !== 'create' && operation !== 'update')) return args
  const roles = req.user.roles ?? []
  const current =
    id !== undefined
      ? ((await req.payload.findByID({ collection: collection.slug, id, depth: 0, draft: true, overrideAccess: true, req, locale: req.locale ?? undefined })) as unknown as Record<string, unknown>)
      : {}
  const changed = Object.keys(data).filter((field) => !MANAGED.has(field) && !same(data[field], current[field]))

  if (changed.includes('embargoUntil') && !may(roles, collection.slug, 'embargo')) {
    throw new APIError('Only editors can set or change an embargo.', 403)
  }
  if (scopeFor(roles, collection.slug, 'update') === 'social') {
    const outside = changed.filter((field) => !(SOCIAL_FIELDS as readonly string[]).includes(field))
    if (outside.length) {
      throw new APIError(`You may change only the social copy and distribution settings, not: ${outside.join(', ')}.`, 403)
    }
  }
  return args
}
