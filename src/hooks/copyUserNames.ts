import type { CollectionBeforeChangeHook } from 'payload'

type Ref = number | string | { id: number | string }

/**
 * Users are not readable by the public (their accounts hold e-mail addresses), so the names of the
 * people a piece names (`from`, a relationship to users) are copied onto it when it is saved
 * (`to`, an array of `{ name }`): readers get the names, never an account. A save that does not
 * touch `from` leaves the copy as it is.
 */
export function copyUserNames(from: string, to: string): CollectionBeforeChangeHook {
  return async ({ data, req }) => {
    if (data[from] === undefined) return data
    const ids = ((data[from] as Ref[] | null) ?? []).map((user) => (typeof user === 'object' ? user.id : user))
    if (!ids.length) return { ...data, [to]: [] }
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
      [to]: ids.map((id) => ({ name: nameById.get(String(id)) ?? '' })).filter((entry) => entry.name),
    }
  }
}
