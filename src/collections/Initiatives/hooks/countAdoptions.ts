import type { CollectionBeforeChangeHook } from 'payload'

const idOf = (value: unknown) =>
  String(typeof value === 'object' && value !== null ? (value as { id: unknown }).id : value)

/** `adoptionCount` is derived on every save, so it cannot drift from the list of adopting chambers. */
export const countAdoptions: CollectionBeforeChangeHook = ({ data }) => {
  const adoptedBy = Array.isArray(data.adoptedBy) ? data.adoptedBy : []
  return { ...data, adoptionCount: new Set(adoptedBy.map(idOf)).size }
}
