import type { Where } from 'payload'

import { now } from '../lib/clock'

/** Not under an embargo that is still running. */
export function notEmbargoed(): Where {
  return { or: [{ embargoUntil: { exists: false } }, { embargoUntil: { less_than_equal: now().toISOString() } }] }
}

/** What anyone outside the newsroom may read: published and out of embargo. */
export function visibleToPublic(): Where {
  return { and: [{ _status: { equals: 'published' } }, notEmbargoed()] }
}
