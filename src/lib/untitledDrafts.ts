/**
 * "Créer" stores a draft at once (autosave needs a document to save into): one abandoned before
 * it has a title stays behind as "<Pas de Titre>". Such a draft is cleaned when nobody worked on it:
 * no title in any language, never published, saved only in the minute it was created, and left
 * alone for a day.
 */
export const ABANDONED_AFTER_MS = 86_400_000
export const CREATION_WINDOW_MS = 60_000

export type DraftFacts = { title: unknown; status?: string | null; createdAt: string; updatedAt: string }

const hasText = (value: unknown): boolean =>
  typeof value === 'string'
    ? value.trim() !== ''
    : Boolean(value && typeof value === 'object' && Object.values(value).some(hasText))

export function isAbandonedUntitled(draft: DraftFacts, now: Date): boolean {
  if (hasText(draft.title) || draft.status === 'published') return false
  const created = Date.parse(draft.createdAt)
  const updated = Date.parse(draft.updatedAt)
  return updated - created <= CREATION_WINDOW_MS && now.getTime() - updated >= ABANDONED_AFTER_MS
}
