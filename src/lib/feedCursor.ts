/**
 * A feed page ends at an item; the next page starts strictly after it in the feed's order
 * (newest first, then type, then id, all descending). Anchoring on the last item's sort key rather
 * than on an offset keeps pages stable while new items are published at the top.
 */
export type FeedCursor = { publishedAt: string; type: string; id: string }

export function encodeCursor(cursor: FeedCursor): string {
  return Buffer.from(JSON.stringify([cursor.publishedAt, cursor.type, cursor.id])).toString('base64url')
}

export function decodeCursor(value: string): FeedCursor | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'))
    if (
      !Array.isArray(parsed) ||
      parsed.length !== 3 ||
      !parsed.every((part) => typeof part === 'string' && part.length > 0)
    )
      return null
    const [publishedAt, type, id] = parsed as string[]
    if (Number.isNaN(Date.parse(publishedAt))) return null
    return { publishedAt: new Date(publishedAt).toISOString(), type, id }
  } catch {
    return null
  }
}
