import type { CollectionBeforeChangeHook } from 'payload'

/**
 * Users are not readable by the public (their accounts hold e-mail addresses), so the names of the
 * authors are copied onto the article when it is saved: readers get a byline, never an account.
 */
export const setByline: CollectionBeforeChangeHook = async ({ data, req }) => {
  const ids = (data.authors ?? []).map((author: number | string | { id: number | string }) =>
    typeof author === 'object' ? author.id : author,
  )
  if (!ids.length) return { ...data, byline: [] }
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    overrideAccess: true,
    req,
    select: { name: true },
  })
  const nameById = new Map(docs.map((user) => [String(user.id), user.name]))
  return {
    ...data,
    byline: ids
      .map((id: number | string) => ({ name: nameById.get(String(id)) ?? '' }))
      .filter((b: { name: string }) => b.name),
  }
}
