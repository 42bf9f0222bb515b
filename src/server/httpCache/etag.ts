import { createHash } from 'node:crypto'

/** A strong validator: the same bytes, the same tag, on every instance. */
export function strongEtag(body: Buffer): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`
}

/** `If-None-Match` holds the tag (weak comparison, as RFC 9110 prescribes for this header), or `*`. */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false
  if (header.trim() === '*') return true
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag)
}
