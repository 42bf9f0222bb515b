/**
 * The public site's addresses, defined once: the feed, RSS/Atom links, `/api/resolve` and anything
 * else that links to a piece (sitemaps, previews, notifications) derive them from here.
 */
export const SITE_SECTIONS = {
  articles: 'articles',
  'success-stories': 'success-stories',
  initiatives: 'initiatives',
  faqs: 'faq',
  guides: 'guides',
  events: 'events',
  dossiers: 'dossiers',
  'press-releases': 'presse',
} as const

export type SiteType = keyof typeof SITE_SECTIONS

export const SITE_TYPES = Object.keys(SITE_SECTIONS) as SiteType[]

const TYPE_BY_SECTION = new Map<string, SiteType>(SITE_TYPES.map((type) => [SITE_SECTIONS[type], type]))

// Slugs are made by slugify(): lower-case letters, digits and single dashes.
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const isSiteType = (value: string): value is SiteType => Object.hasOwn(SITE_SECTIONS, value)

/** `/articles/plan-de-relance` for an article whose slug is `plan-de-relance`. */
export function sitePath(type: SiteType, slug: string): string {
  return `/${SITE_SECTIONS[type]}/${slug}`
}

/** The type and slug a site path points to, or null when it is not a piece's address. */
export function parseSitePath(path: string): { type: SiteType; slug: string } | null {
  const match = /^\/([a-z-]+)\/([^/?#]+)\/?$/.exec(path)
  if (!match) return null
  const type = TYPE_BY_SECTION.get(match[1])
  const slug = safeDecode(match[2])
  if (!type || slug === null || !SLUG.test(slug)) return null
  return { type, slug }
}

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment)
  } catch {
    return null
  }
}

/** The reference site's route that takes the platform's signed site webhooks and revalidates pages. */
export const SITE_WEBHOOK_PATH = '/webhooks/site'
