import type { PayloadRequest, Where } from 'payload'

import { readPastHooks } from '../db/readPastHooks'
import type { Chamber, ChambersSelect } from '../payload-types'

export type LocatedChamber = Chamber & { latitude: number; longitude: number }

const located = (c: Chamber): c is LocatedChamber => typeof c.latitude === 'number' && typeof c.longitude === 'number'

const LOCATED: Where = { and: [{ latitude: { exists: true } }, { longitude: { exists: true } }] }

/**
 * Whether the caller may read every chamber and these fields without any condition, and nothing
 * transforms them on read: then the database's rows are exactly what the access rules would give.
 */
async function readableAsStored(req: PayloadRequest, fields: string[]): Promise<boolean> {
  const { config } = req.payload.collections.chambers
  if ((await config.access.read?.({ req })) !== true) return false
  if (config.hooks.afterRead?.length || config.hooks.beforeRead?.length) return false
  return config.flattenedFields
    .filter((field) => fields.includes(field.name))
    .every(
      (field) => !('access' in field && field.access?.read) && !('hooks' in field && field.hooks?.afterRead?.length),
    )
}

/**
 * Chambers that have coordinates, read with the caller's own access rights; only the fields the
 * caller shows (every chamber is read, so the opening hours in two languages would cost).
 * The directory is public: for a caller who may read it all, the rows are read straight from the
 * database, without Payload's per-document pipeline (most of the time of a map request).
 */
export async function locatedChambers(
  req: PayloadRequest,
  fields: (keyof ChambersSelect)[],
): Promise<LocatedChamber[]> {
  const names = [...fields, 'latitude', 'longitude']
  const select = Object.fromEntries(names.map((field) => [field, true as const]))
  if (await readableAsStored(req, names)) {
    const rows = await readPastHooks<Chamber>(req, 'chambers', {
      where: LOCATED,
      select,
      locale: req.locale ?? undefined,
    })
    return rows.filter(located)
  }
  const { docs } = await req.payload.find({
    collection: 'chambers',
    where: LOCATED,
    select,
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
    locale: req.locale,
  })
  return docs.filter(located)
}
