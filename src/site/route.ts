import { AUDIENCES } from '../fields/taxonomy'
import { parseSitePath, SITE_SECTIONS, SITE_TYPES, sitePath, type SiteType } from '../lib/sitePaths'

/** Pages of the reference site that are not a piece's own address. */
export const TOPICS_SECTION = 'thematiques'
export const AUDIENCES_SECTION = 'publics'
export const CONTACTS_PATH = '/contacts'
export const SEARCH_PATH = '/recherche'

export type SiteRoute =
  | { kind: 'home' }
  | { kind: 'section'; type: SiteType }
  | { kind: 'piece'; type: SiteType; slug: string }
  | { kind: 'topics' }
  | { kind: 'topic'; slug: string }
  | { kind: 'audience'; audience: string }
  | { kind: 'contacts' }

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const sectionType = (segment: string) => SITE_TYPES.find((type) => SITE_SECTIONS[type] === segment)

/** What a path of the site shows, or null for an address that cannot exist (answered 404). */
export function parseRoute(segments: string[]): SiteRoute | null {
  const [first, second, ...rest] = segments
  if (rest.length) return null
  if (first === undefined) return { kind: 'home' }
  if (second === undefined) {
    if (`/${first}` === CONTACTS_PATH) return { kind: 'contacts' }
    if (first === TOPICS_SECTION) return { kind: 'topics' }
    const type = sectionType(first)
    return type ? { kind: 'section', type } : null
  }
  if (first === TOPICS_SECTION) return SLUG.test(second) ? { kind: 'topic', slug: second } : null
  if (first === AUDIENCES_SECTION)
    return (AUDIENCES as readonly string[]).includes(second) ? { kind: 'audience', audience: second } : null
  const piece = parseSitePath(`/${first}/${second}`)
  return piece ? { kind: 'piece', ...piece } : null
}

/** The address of a route: canonical links, the sitemap and the navigation are built from it. */
export function routePath(route: SiteRoute): string {
  switch (route.kind) {
    case 'home':
      return '/'
    case 'section':
      return `/${SITE_SECTIONS[route.type]}`
    case 'piece':
      return sitePath(route.type, route.slug)
    case 'topics':
      return `/${TOPICS_SECTION}`
    case 'topic':
      return `/${TOPICS_SECTION}/${route.slug}`
    case 'audience':
      return `/${AUDIENCES_SECTION}/${route.audience}`
    case 'contacts':
      return CONTACTS_PATH
  }
}
