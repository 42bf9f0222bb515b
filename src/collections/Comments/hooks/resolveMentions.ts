import type { CollectionBeforeChangeHook } from 'payload'

import { findMentions } from '../../../lib/mentions'

/** `@name` and `@local-part` in the body become the comment's mentions, kept in step with each edit. */
export const resolveMentions: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const body = typeof data.body === 'string' ? data.body : (originalDoc?.body as string | undefined)
  if (typeof body !== 'string') return data
  if (!body.includes('@')) return { ...data, mentions: [] }
  const { docs } = await req.payload.find({
    collection: 'users',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { name: true, email: true, roles: true },
    req,
  })
  const staff = docs.filter((user) => user.roles?.length)
  return { ...data, mentions: findMentions(body, staff) }
}
