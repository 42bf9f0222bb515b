import { AUTHOR_FIELD } from '../lib/permissions'

const idOf = (value: unknown) => String(value && typeof value === 'object' ? (value as { id: unknown }).id : value)

/** Whether the user created the document or is one of its authors. */
export function isOwner(collection: string, doc: Record<string, unknown> | undefined, userId: unknown): boolean {
  if (!doc || userId === undefined || userId === null) return false
  if (doc.createdBy !== undefined && doc.createdBy !== null && idOf(doc.createdBy) === String(userId)) return true
  const authors = AUTHOR_FIELD[collection] ? doc[AUTHOR_FIELD[collection]] : undefined
  return Array.isArray(authors) && authors.some((author) => idOf(author) === String(userId))
}
