import type { CollectionBeforeValidateHook } from 'payload'

/** The account made on an empty installation (the admin's "create first user" form) must be able to administer it. */
export const firstUserIsAdmin: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !data || (data.roles?.length ?? 0) > 0) return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  if (totalDocs === 0) return { ...data, roles: ['admin'] }
  return data
}
