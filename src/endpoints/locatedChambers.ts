import type { PayloadRequest } from 'payload'

import type { Chamber } from '../payload-types'

export type LocatedChamber = Chamber & { latitude: number; longitude: number }

/** Chambers that have coordinates, read with the caller's own access rights. */
export async function locatedChambers(req: PayloadRequest): Promise<LocatedChamber[]> {
  const { docs } = await req.payload.find({
    collection: 'chambers',
    where: { and: [{ latitude: { exists: true } }, { longitude: { exists: true } }] },
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
    locale: req.locale,
  })
  return docs.filter((c): c is LocatedChamber => typeof c.latitude === 'number' && typeof c.longitude === 'number')
}
