import type { CollectionSlug, Payload } from 'payload'

import type { Article } from '../../payload-types'
import type { SeedLog } from '../index'

export type { SeedLog }

// The generated types give every collection the same id type.
export type Id = Article['id']
/** Seed key (slug, name or alt text) → id of the document that holds it. */
export type Refs = Map<string, Id>

export type Seeder = { payload: Payload; log: SeedLog }

const DAY = 86_400_000

/** Dates relative to the run, so "upcoming" and "overdue" stay true whenever the seed runs. */
export const daysFromNow = (days: number, hour = 9): string => {
  const date = new Date(Date.now() + days * DAY)
  date.setUTCHours(hour, 0, 0, 0)
  return date.toISOString()
}

export const daysAgo = (days: number, hour = 9): string => daysFromNow(-days, hour)

export function ref(refs: Refs, key: string, what: string): Id {
  const id = refs.get(key)
  if (id === undefined) throw new Error(`Seed data refers to an unknown ${what}: "${key}".`)
  return id
}

export const refsOf = (refs: Refs, keys: readonly string[] | undefined, what: string): Id[] =>
  (keys ?? []).map((key) => ref(refs, key, what))

/** One read per collection: what is already there, by the field that identifies a seeded document. */
async function existing(payload: Payload, collection: CollectionSlug, field: string): Promise<Refs> {
  const { docs } = await payload.find({
    collection,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    // Only the identifying field: media would otherwise compute URLs for every size.
    select: { [field]: true } as never,
  })
  return new Map((docs as unknown as Record<string, unknown>[]).map((doc) => [String(doc[field]), doc.id as Id]))
}

/**
 * Creates the entries whose key is not in the collection yet and reports "  label: total (n new)".
 * Returns the ids of every entry, new or not, for the collections that refer to them.
 */
export async function createMissing<E>(
  { payload, log }: Seeder,
  collection: CollectionSlug,
  field: string,
  entries: readonly E[],
  keyOf: (entry: E) => string,
  create: (entry: E, refs: Refs) => Promise<{ id: Id }>,
): Promise<Refs> {
  const refs = await existing(payload, collection, field)
  let created = 0
  for (const entry of entries) {
    const key = keyOf(entry)
    if (refs.has(key)) continue
    refs.set(key, (await create(entry, refs)).id)
    created += 1
  }
  log(`  ${collection}: ${entries.length} (${created} new)`)
  return refs
}

/**
 * What is live went through review: the workflow publishes only approved pieces, and its check is
 * skipped for the seed (no signed-in user), so the seed states the outcome itself.
 */
export const PUBLISHED = { _status: 'published', workflowStatus: 'approved' } as const

export type Audience = NonNullable<Article['audiences']>[number]
export type Territory = NonNullable<Article['territory']>
