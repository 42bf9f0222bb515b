/** The id of a relationship value, populated or not, as a string; null when empty. */
export function idOf(value: unknown): string | null {
  const id = value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value
  return id === undefined || id === null || id === '' ? null : String(id)
}

/** A polymorphic relationship value `{ relationTo, value }`, populated or not, as `collection:id`. */
export function refOf(value: unknown): string | null {
  if (!value || typeof value !== 'object' || !('relationTo' in value)) return null
  const { relationTo, value: target } = value as { relationTo: string; value: unknown }
  const id = idOf(target)
  return id ? `${relationTo}:${id}` : null
}

/** Whether two date values name the same instant (stored ISO strings against what a client sends). */
export function sameInstant(a: unknown, b: unknown): boolean {
  const time = (v: unknown) => (v === undefined || v === null || v === '' ? null : Date.parse(String(v)))
  return time(a) === time(b)
}

/** The id of a relationship value as stored (a number or a string, depending on the database), to write back. */
export function rawId(value: unknown): number | string | null {
  const id = value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value
  return typeof id === 'number' || (typeof id === 'string' && id !== '') ? id : null
}

/** An id typed in a form (always text) back to a number where the database numbers its ids. */
export const formId = (value: string): number | string => (/^\d+$/.test(value) ? Number(value) : value)
