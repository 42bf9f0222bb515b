import type { CollectionBeforeOperationHook } from 'payload'

import { editorialFields, fieldsChangedBy } from '../lib/changes'
import { may, scopeFor } from '../lib/permissions'
import { refusal } from './refusal'

type WriteArgs = { data?: Record<string, unknown>; id?: number | string }

/**
 * Field rules that must be refused out loud rather than silently dropped: the embargo belongs to
 * editors, and a community manager may change only the social copy and distribution settings.
 * Only real changes count: the admin's form sends every field back, unchanged ones included.
 */
export const guardRestrictedFields: CollectionBeforeOperationHook = async (hookArgs) => {
  const { args, operation, overrideAccess, req, collection } = hookArgs
  const { data, id } = args as WriteArgs
  if (overrideAccess || !req.user || !data || (operation !== 'create' && operation !== 'update')) return args
  const roles = req.user.roles ?? []
  // Compared with what is stored in this locale, without fallback: that is what the write replaces.
  const current =
    id !== undefined
      ? ((await req.payload.findByID({
          collection: collection.slug,
          id,
          depth: 0,
          draft: true,
          overrideAccess: true,
          req,
          locale: req.locale ?? undefined,
          fallbackLocale: false,
        })) as unknown as Record<string, unknown>)
      : {}
  const changed = fieldsChangedBy(data, current)

  if (changed.includes('embargoUntil') && !may(roles, collection.slug, 'embargo')) {
    throw refusal(req, 403, 'embargoEditorsOnly')
  }
  if (scopeFor(roles, collection.slug, 'update') === 'social') {
    const outside = editorialFields(changed)
    if (outside.length) throw refusal(req, 403, 'socialOnly', { fields: outside.join(', ') })
  }
  return args
}
