import type { PayloadRequest } from 'payload'

import type { Chamber, ChambersSelect } from '../payload-types'

export type LocatedChamber = Chamber & { latitude: number; longitude: number }

/**
 * Chambers that have coordinates, read with the caller's own access rights; only the fields the
 * caller shows (every chamber is read, so the opening hours in two languages would cost).
 */
export async function locatedChambers(req: PayloadRequest, fields: (keyof ChambersSelect)[]): Promise<LocatedChamber[]> {
  const { docs } = await req.payload.find({
    collection: 'chambers',
    where: { and: [{ latitude: { exists: true } }, { longitude: { exists: true } }] },
    select: Object.fromEntries([...fields, 'latitude', 'longitude'].map((field) => [field, true])),
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
    locale: req.locale,
  })
  return docs.filter((c): c is LocatedChamber => typeof c.latitude === 'number' && typeof c.longitude === 'number')
}
