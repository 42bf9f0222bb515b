import type { Where } from 'payload'

import { liveListings } from '../../access/listingReaders'
import type { Bbox } from '../../lib/crisis/clusters'

/** Live listings inside a box, with the optional filters of the public reads. */
export function liveWhere(filters: { bbox?: Bbox; equals?: Record<string, string | undefined> }): Where {
  const and: Where[] = [liveListings()]
  const { bbox } = filters
  if (bbox) {
    and.push({ latitude: { greater_than_equal: bbox.south } }, { latitude: { less_than_equal: bbox.north } })
    and.push({ longitude: { greater_than_equal: bbox.west } }, { longitude: { less_than_equal: bbox.east } })
  }
  for (const [field, value] of Object.entries(filters.equals ?? {})) if (value) and.push({ [field]: { equals: value } })
  return { and }
}

/** A query parameter that must be one of a list, when given. */
export function oneOf(
  params: URLSearchParams,
  name: string,
  options: readonly string[],
): { value?: string } | { error: { field: string; allowed: string } } {
  const raw = params.get(name)
  if (raw === null || raw === '') return {}
  return options.includes(raw) ? { value: raw } : { error: { field: name, allowed: options.join(', ') } }
}
