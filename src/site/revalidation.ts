/**
 * What a signed site webhook asks to rebuild. The body is checked before anything is revalidated:
 * a valid signature on a malformed message still rebuilds nothing.
 */
export type Revalidation = { paths: string[]; tags: string[] }

// Next's own limits: 1024 characters for a path, 256 for a tag.
const MAX_PATH = 1024
const MAX_TAG = 256
const MAX_ENTRIES = 64

const isPath = (value: unknown): value is string =>
  typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && value.length <= MAX_PATH
const isTag = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= MAX_TAG

export function parseRevalidation(body: string): { ok: true; value: Revalidation } | { ok: false; reason: string } {
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch {
    return { ok: false, reason: 'The body is not JSON.' }
  }
  const { paths, tags } = (json ?? {}) as { paths?: unknown; tags?: unknown }
  if (!Array.isArray(paths) || !Array.isArray(tags)) return { ok: false, reason: '"paths" and "tags" must be arrays.' }
  if (paths.length > MAX_ENTRIES || tags.length > MAX_ENTRIES)
    return { ok: false, reason: `At most ${MAX_ENTRIES} paths and ${MAX_ENTRIES} tags.` }
  if (!paths.every(isPath))
    return { ok: false, reason: `Every path starts with one "/" and has at most ${MAX_PATH} characters.` }
  if (!tags.every(isTag))
    return { ok: false, reason: `Every tag is a non-empty string of at most ${MAX_TAG} characters.` }
  return { ok: true, value: { paths: [...new Set(paths)], tags: [...new Set(tags)] } }
}
