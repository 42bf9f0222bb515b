import { AUDIENCES } from '../fields/taxonomy'
import { decodeCursor, type FeedCursor } from './feedCursor'
import { REGIONS } from './regions'
import { isSiteType, SITE_TYPES, type SiteType } from './sitePaths'

export const FEED_DEFAULT_LIMIT = 20
export const FEED_MAX_LIMIT = 50

export type FeedQuery = {
  types: SiteType[]
  topics: string[]
  audiences: string[]
  dossier?: string
  territories: string[]
  locale?: string
  limit: number
  cursor?: FeedCursor
}

const TERRITORIES = new Set<string>(['national', ...REGIONS.map((r) => r.value)])
const KNOWN = new Set(['types', 'topic', 'audience', 'dossier', 'territory', 'locale', 'limit', 'cursor'])
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const list = (value: string | null) =>
  (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean)

/**
 * The feed's query string, checked as a whole: every problem is reported at once, each naming its
 * parameter, so a front-end developer fixes a URL in one go.
 */
export function parseFeedParams(
  params: URLSearchParams,
  locales: readonly string[],
): { query: FeedQuery } | { errors: string[] } {
  const errors: string[] = []
  for (const name of new Set(params.keys())) {
    if (!KNOWN.has(name)) errors.push(`"${name}" is not a feed parameter (use ${[...KNOWN].join(', ')}).`)
    else if (params.getAll(name).length > 1)
      errors.push(`"${name}" is given more than once: separate values with commas.`)
  }

  const types = list(params.get('types'))
  const unknownTypes = types.filter((t) => !isSiteType(t))
  if (unknownTypes.length)
    errors.push(`"types": ${unknownTypes.join(', ')} unknown (one or more of ${SITE_TYPES.join(', ')}).`)

  const topics = list(params.get('topic'))
  if (topics.some((t) => !SLUG.test(t)))
    errors.push('"topic" takes topic slugs (lower-case letters, digits and dashes), comma-separated.')

  const audiences = list(params.get('audience'))
  const unknownAudiences = audiences.filter((a) => !(AUDIENCES as readonly string[]).includes(a))
  if (unknownAudiences.length)
    errors.push(`"audience": ${unknownAudiences.join(', ')} unknown (one or more of ${AUDIENCES.join(', ')}).`)

  const dossier = params.get('dossier') ?? undefined
  if (dossier !== undefined && !SLUG.test(dossier)) errors.push('"dossier" takes one dossier slug.')

  const territories = list(params.get('territory'))
  const unknownTerritories = territories.filter((t) => !TERRITORIES.has(t))
  if (unknownTerritories.length)
    errors.push(`"territory": ${unknownTerritories.join(', ')} unknown ("national" or a region such as "bretagne").`)

  const locale = params.get('locale') ?? undefined
  if (locale !== undefined && !locales.includes(locale)) errors.push(`"locale" must be one of ${locales.join(', ')}.`)

  const rawLimit = params.get('limit')
  const limit = rawLimit === null ? FEED_DEFAULT_LIMIT : Number(rawLimit)
  if (!Number.isInteger(limit) || limit < 1 || limit > FEED_MAX_LIMIT)
    errors.push(`"limit" must be a whole number from 1 to ${FEED_MAX_LIMIT}.`)

  const rawCursor = params.get('cursor')
  const cursor = rawCursor === null ? undefined : decodeCursor(rawCursor)
  if (cursor === null)
    errors.push('"cursor" is not one this feed gave out: pass back the "next" value of the previous page unchanged.')

  if (errors.length) return { errors }
  return {
    query: {
      types: types.length ? (types as SiteType[]) : [...SITE_TYPES],
      topics,
      audiences,
      dossier,
      territories,
      locale,
      limit,
      cursor: cursor ?? undefined,
    },
  }
}
