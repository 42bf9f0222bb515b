import { PERMISSIONS } from './permissions'

/**
 * What an anonymous reader may read, from the permission matrix, plus the search index (which
 * mirrors the published content). Their anonymous responses are the cacheable ones, and a change
 * to any of them is what makes cached responses stale.
 */
export const PUBLIC_COLLECTIONS: readonly string[] = [
  ...Object.entries(PERMISSIONS.anonymous)
    .filter(([, grants]) => grants.read)
    .map(([collection]) => collection),
  'search',
]

export const isPublicCollection = (slug: string) => PUBLIC_COLLECTIONS.includes(slug)
