import { AUTHOR_FIELD, ownerFieldOf } from '../lib/permissions'

const idOf = (value: unknown) => String(value && typeof value === 'object' ? (value as { id: unknown }).id : value)

/** Whether the user created the document or is one of its authors. */
export function isOwner(collection: string, doc: Record<string, unknown> | undefined, userId: unknown): boolean {
  if (!doc || userId === undefined || userId === null) return false
  const owner = doc[ownerFieldOf(collection)]
  if (owner !== undefined && owner !== null && idOf(owner) === String(userId)) return true
  const authors = AUTHOR_FIELD[collection] ? doc[AUTHOR_FIELD[collection]] : undefined
  const list = Array.isArray(authors) ? authors : authors === undefined || authors === null ? [] : [authors]
  return list.some((author) => idOf(author) === String(userId))
}
