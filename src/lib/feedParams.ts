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

/** A problem with the query string: a message key and what it names (worded at the edge). */
export type FeedProblem = { code: FeedProblemCode; name?: string; values?: string; known?: string; max?: number }
type FeedProblemCode =
  | 'feedUnknownParameter'
  | 'feedRepeated'
  | 'feedUnknownTypes'
  | 'feedBadTopics'
  | 'feedUnknownAudiences'
  | 'feedBadDossier'
  | 'feedUnknownTerritories'
  | 'feedBadLocale'
  | 'feedBadLimit'
  | 'feedBadCursor'

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
): { query: FeedQuery } | { errors: FeedProblem[] } {
  const errors: FeedProblem[] = []
  for (const name of new Set(params.keys())) {
    if (!KNOWN.has(name)) errors.push({ code: 'feedUnknownParameter', name, known: [...KNOWN].join(', ') })
    else if (params.getAll(name).length > 1) errors.push({ code: 'feedRepeated', name })
  }

  const types = list(params.get('types'))
  const unknownTypes = types.filter((t) => !isSiteType(t))
  if (unknownTypes.length)
    errors.push({ code: 'feedUnknownTypes', values: unknownTypes.join(', '), known: SITE_TYPES.join(', ') })

  const topics = list(params.get('topic'))
  if (topics.some((t) => !SLUG.test(t))) errors.push({ code: 'feedBadTopics' })

  const audiences = list(params.get('audience'))
  const unknownAudiences = audiences.filter((a) => !(AUDIENCES as readonly string[]).includes(a))
  if (unknownAudiences.length)
    errors.push({ code: 'feedUnknownAudiences', values: unknownAudiences.join(', '), known: AUDIENCES.join(', ') })

  const dossier = params.get('dossier') ?? undefined
  if (dossier !== undefined && !SLUG.test(dossier)) errors.push({ code: 'feedBadDossier' })

  const territories = list(params.get('territory'))
  const unknownTerritories = territories.filter((t) => !TERRITORIES.has(t))
  if (unknownTerritories.length) errors.push({ code: 'feedUnknownTerritories', values: unknownTerritories.join(', ') })

  const locale = params.get('locale') ?? undefined
  if (locale !== undefined && !locales.includes(locale))
    errors.push({ code: 'feedBadLocale', known: locales.join(', ') })

  const rawLimit = params.get('limit')
  const limit = rawLimit === null ? FEED_DEFAULT_LIMIT : Number(rawLimit)
  if (!Number.isInteger(limit) || limit < 1 || limit > FEED_MAX_LIMIT)
    errors.push({ code: 'feedBadLimit', max: FEED_MAX_LIMIT })

  const rawCursor = params.get('cursor')
  const cursor = rawCursor === null ? undefined : decodeCursor(rawCursor)
  if (cursor === null) errors.push({ code: 'feedBadCursor' })

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
