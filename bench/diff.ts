/** Paths where two JSON values differ (at most `max`), for the benchmark's same-answer check. */
export function jsonDiff(a: unknown, b: unknown, path = '$', out: string[] = [], max = 8): string[] {
  if (out.length >= max) return out
  if (a === b) return out
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') {
    out.push(`${path}: ${JSON.stringify(a)?.slice(0, 80)} ≠ ${JSON.stringify(b)?.slice(0, 80)}`)
    return out
  }
  if (Array.isArray(a) !== Array.isArray(b)) {
    out.push(`${path}: array vs object`)
    return out
  }
  const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)])
  for (const key of keys)
    jsonDiff((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`, out, max)
  return out
}
