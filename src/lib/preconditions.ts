/**
 * HTTP preconditions for documents (RFC 9110 §13.1.1): a write sent with `If-Match` goes ahead only
 * when the client saw the version that is current. A document's tag is its id and the time of its
 * latest change, drafts included, so any save by anyone makes the tags the client holds stale.
 */

export function versionTag(id: number | string, updatedAt: string | Date): string {
  const at = typeof updatedAt === 'string' ? Date.parse(updatedAt) : updatedAt.getTime()
  return `"${String(id)}-${at.toString(36)}"`
}

/** When the version a tag names was made (ms), or null for a tag of another shape. */
export function versionTime(tag: string): number | null {
  const match = /-([0-9a-z]+)"$/.exec(tag)
  return match ? parseInt(match[1], 36) : null
}

/** Whether `If-Match` lets the write through: `*`, or one of its tags equal to the current one. */
export function ifMatchSatisfied(header: string, current: string): boolean {
  const tags = header
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean)
  // Weak tags never match under If-Match (strong comparison).
  return tags.some((tag) => tag === '*' || (!tag.startsWith('W/') && tag === current))
}
