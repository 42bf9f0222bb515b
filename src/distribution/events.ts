import type { DeliveryEvent, DestinationKind, Network, SiteEventBody } from './types'
import { isSocialKind, NETWORKS } from './types'

/** What readers can see of a piece: its live row, not the drafts saved over it. */
export type LiveState = { published: boolean; slug: string | null; updatedAt: string | null }

/**
 * The event a write is, judged from the live row before and after it. A draft saved over a
 * published piece leaves the live row as it was (same `updatedAt`), so autosaves send nothing.
 */
export function eventFor(before: LiveState | null, after: LiveState | null): DeliveryEvent | null {
  const wasLive = Boolean(before?.published)
  const isLive = Boolean(after?.published)
  if (!after) return wasLive ? 'deleted' : null
  if (!wasLive) return isLive ? 'published' : null
  if (!isLive) return 'unpublished'
  return before?.updatedAt !== after.updatedAt || before?.slug !== after.slug ? 'updated' : null
}

export type DestinationFilter = {
  kind: DestinationKind
  collections?: string[] | null
  topics?: (string | number)[] | null
}

/** A destination takes a piece when it lists the piece's collection and one of its topics (an empty list takes all). */
export function destinationTakes(
  destination: DestinationFilter,
  item: { collection: string; topics: (string | number)[] },
): boolean {
  const collections = destination.collections ?? []
  if (collections.length && !collections.includes(item.collection)) return false
  const topics = (destination.topics ?? []).map(String)
  return !topics.length || item.topics.some((topic) => topics.includes(String(topic)))
}

/**
 * Social schedulers post a piece once, when it is published, and withdraw the post when it goes
 * away; an edit of a published piece is not re-posted (that would double the post on the network).
 */
export function eventReaches(kind: DestinationKind, event: DeliveryEvent): boolean {
  return !isSocialKind(kind) || event !== 'updated'
}

/** The networks a social destination posts a piece to: those it has an account for and the piece turned on. */
export function networksFor(
  accounts: Partial<Record<Network, string | null>>,
  social: Partial<Record<Network, { enabled?: boolean | null } | null>> | null | undefined,
): Network[] {
  return NETWORKS.filter((network) => Boolean(accounts[network]) && Boolean(social?.[network]?.enabled))
}

/**
 * Deliveries that share this key go out one after the other, in the order they were queued: the
 * withdrawal of a post never overtakes its creation, an unpublish never overtakes the publish.
 */
export const orderKey = (
  destinationId: string | number,
  collection: string,
  itemId: string | number,
  network: Network | null,
) => [destinationId, collection, itemId, network ?? 'site'].join(':')

type BodyInput = {
  event: DeliveryEvent
  collection: string
  id: string | number
  before: LiveState | null
  after: LiveState | null
  locales: string[]
  publishedAt: string | null
  occurredAt: Date
  pathOf: (slug: string) => string | null
}

/** The site's message: every path that may show the piece, the old one too when the slug changed. */
export function siteEventBody(input: BodyInput): SiteEventBody {
  const slugs = [input.before?.slug, input.after?.slug].filter((slug): slug is string => Boolean(slug))
  const paths = [...new Set(slugs.map(input.pathOf).filter((path): path is string => Boolean(path)))]
  return {
    event: input.event,
    collection: input.collection,
    id: String(input.id),
    slug: input.after?.slug ?? input.before?.slug ?? null,
    locales: input.locales,
    paths,
    tags: [input.collection, `${input.collection}:${input.id}`],
    publishedAt: input.publishedAt,
    occurredAt: input.occurredAt.toISOString(),
  }
}

/** Posts and site messages wait for the embargo: a delivery is due when readers may see the piece. */
export function dueAt(event: DeliveryEvent, now: Date, embargoUntil: string | null | undefined): Date {
  if (event !== 'published' && event !== 'updated') return now
  const embargo = embargoUntil ? new Date(embargoUntil) : null
  return embargo && embargo > now ? embargo : now
}
