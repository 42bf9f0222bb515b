const IGNORED = new Set(['updatedAt', 'createdAt', 'id', '_status', 'createdBy', 'publishedAt', 'byline', 'adoptionCount', 'sponsored', 'embargoed'])

/** Top-level fields whose value differs between two versions of a document (the audit's "what changed"). */
export function changedFields(before: Record<string, unknown> | null | undefined, after: Record<string, unknown>): string[] {
  const names = new Set([...Object.keys(before ?? {}), ...Object.keys(after)])
  return [...names]
    .filter((name) => !IGNORED.has(name))
    .filter((name) => name in after)
    .filter((name) => canonical(before?.[name]) !== canonical(after[name]))
    .sort()
}

/** Key order carries no meaning; compare objects with their keys sorted. */
function canonical(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  )
}
