import type { Media, Search } from '../payload-types'
import { isSiteType, sitePath, type SiteType } from '../lib/sitePaths'

type Size = {
  url: string | null
  width: number | null
  height: number | null
  mimeType: string | null
  filesize: number | null
}
type StoredSize = {
  url?: string | null
  width?: number | null
  height?: number | null
  mimeType?: string | null
  filesize?: number | null
}

export type FeedImage = Size & { alt: string; sizes: Record<string, Size> }

/** One shape for every type of piece, what a card on the site needs. */
export type FeedItem = {
  type: SiteType
  id: number | string
  slug: string
  title: string
  summary: string | null
  image: FeedImage | null
  publishedAt: string
  sponsored: boolean
  path: string
}

const size = (s: StoredSize | undefined): Size => ({
  url: s?.url ?? null,
  width: s?.width ?? null,
  height: s?.height ?? null,
  mimeType: s?.mimeType ?? null,
  filesize: s?.filesize ?? null,
})

function image(media: Search['image']): FeedImage | null {
  if (!media || typeof media !== 'object') return null
  const { sizes = {}, alt } = media as Media
  return {
    ...size(media),
    alt,
    sizes: Object.fromEntries(
      Object.entries(sizes)
        .filter(([, s]) => s?.url)
        .map(([name, s]) => [name, size(s)]),
    ),
  }
}

export type IndexRow = Pick<
  Search,
  'title' | 'slug' | 'summary' | 'publishedAt' | 'image' | 'sponsored' | 'docType' | 'docId'
>

/** An index row as a feed item; null for a row the feed cannot link to (no slug, unknown type). */
export function toFeedItem(row: IndexRow, idType: 'number' | 'text'): FeedItem | null {
  const type = row.docType
  if (!type || !isSiteType(type) || !row.slug || !row.publishedAt || !row.docId) return null
  return {
    type,
    id: idType === 'number' ? Number(row.docId) : row.docId,
    slug: row.slug,
    title: row.title ?? '',
    summary: row.summary ?? null,
    image: image(row.image),
    publishedAt: row.publishedAt,
    sponsored: Boolean(row.sponsored),
    path: sitePath(type, row.slug),
  }
}
