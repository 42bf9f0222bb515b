import { unstable_cache } from 'next/cache'

import { SITE_TYPES, type SiteType } from '../../lib/sitePaths'
import * as queries from './queries'

/**
 * Hourly at the latest, even without a webhook: the events page moves past events to replays, and
 * the contacts map follows chambers, which send no webhook.
 */
export const SITE_REVALIDATE_SECONDS = 3600

/**
 * A query cached under the collections it reads. The site webhook names the collection of what
 * changed (`articles`, `articles:12`): that tag expires these entries and every page built on them.
 */
function tagged<A extends unknown[], T>(name: string, tags: (args: NoInfer<A>) => string[], load: (...args: A) => Promise<T>) {
  return (...args: A): Promise<T> => unstable_cache(() => load(...args), [name, JSON.stringify(args)], { tags: tags(args), revalidate: SITE_REVALIDATE_SECONDS })()
}

const EVERY_TYPE = () => [...SITE_TYPES]

/** What a piece's page shows besides the piece: the published pieces it links to. */
const PIECE_READS: Record<SiteType, SiteType[]> = {
  articles: ['articles', 'faqs'],
  'success-stories': ['success-stories'],
  initiatives: ['initiatives'],
  faqs: ['faqs'],
  guides: ['guides'],
  events: ['events'],
  dossiers: [...SITE_TYPES],
  // Related pieces may be of any type; the spokespeople's names are copied onto the release.
  'press-releases': [...SITE_TYPES],
}

export const latestItems = tagged('latest', EVERY_TYPE, queries.latestItems)
export const pieceBySlug = tagged('piece', ([type]) => PIECE_READS[type], queries.pieceBySlug)
export const dossiers = tagged('dossiers', () => ['dossiers'], queries.dossiers)
export const faqs = tagged('faqs', () => ['faqs'], queries.faqs)
export const guides = tagged('guides', () => ['guides'], queries.guides)
export const topics = tagged('topics', () => ['topics'], queries.topics)
export const topicBySlug = tagged('topic', () => ['topics'], queries.topicBySlug)
export const publishedPaths = tagged('sitemap', EVERY_TYPE, queries.publishedPaths)
export const chamberFeatures = tagged('chambers', () => ['chambers'], queries.chamberFeatures)
// The split between upcoming and past moves with the clock: cached per hour.
export const events = tagged('events', () => ['events'], (hour: string) => queries.events(new Date(hour)))
