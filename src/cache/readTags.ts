import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * What a cached answer was made of, as tags: `doc:<collection>:<id>` for every document it read
 * (populated ones included), `slug:<collection>:<slug>` for a lookup by slug, and
 * `list:<collection>` for any other query, whose result a new or changed document may join. A
 * write announces the tags it affects; only the answers carrying one of them are dropped.
 */
export const docTag = (collection: string, id: unknown) => `doc:${collection}:${String(id)}`
export const listTag = (collection: string) => `list:${collection}`
export const slugTag = (collection: string, slug: string) => `slug:${collection}:${slug}`

type Where = Record<string, unknown>

const only = (where: Where | undefined, field: string): Record<string, unknown> | undefined => {
  if (!where) return undefined
  const keys = Object.keys(where)
  if (keys.length !== 1 || keys[0] !== field) return undefined
  const condition = where[field]
  return condition && typeof condition === 'object' ? (condition as Record<string, unknown>) : undefined
}

/** The tags of one query on a collection: by id (Payload's population reads `id in [...]`), by slug, or a list. */
export function tagsOfRead(collection: string, args: { id?: unknown; where?: Where }): string[] {
  if (args.id !== undefined && args.id !== null) return [docTag(collection, args.id)]
  const byId = only(args.where, 'id')
  if (byId && Object.keys(byId).length === 1) {
    if ('equals' in byId) return [docTag(collection, byId.equals)]
    if (Array.isArray(byId.in)) return byId.in.map((id) => docTag(collection, id))
  }
  const bySlug = only(args.where, 'slug')
  if (bySlug && Object.keys(bySlug).length === 1 && typeof bySlug.equals === 'string')
    return [slugTag(collection, bySlug.equals)]
  return [listTag(collection)]
}

/** What a committed write to a document changes: the document, the lists it may join or leave, its address. */
export function tagsOfWrite(collection: string, docs: { id?: unknown; slug?: unknown }[]): string[] {
  const tags = new Set([listTag(collection)])
  for (const doc of docs) {
    if (doc.id !== undefined) tags.add(docTag(collection, doc.id))
    if (typeof doc.slug === 'string') tags.add(slugTag(collection, doc.slug))
  }
  return [...tags]
}

const scope = new AsyncLocalStorage<Set<string>>()

/** Runs `work` while recording the tags of what it reads (through Payload's hooks) into `tags`. */
export function recordingReads<T>(tags: Set<string>, work: () => T): T {
  return scope.run(tags, work)
}

/** Called by the read hooks; outside a recorded answer, nothing happens. */
export function recordRead(tags: string[]): void {
  const current = scope.getStore()
  if (current) for (const tag of tags) current.add(tag)
}
