import { SITE_TYPES } from '../lib/sitePaths'

/** The collections and depths whose anonymous answers the read model holds; every locale is held. */
export const MODEL_COLLECTIONS: readonly string[] = ['articles']
export const MODEL_DEPTHS: readonly number[] = [1]
/** The types whose pieces the model holds as feed items, one per feed view. */
export const FEED_TYPES: readonly string[] = SITE_TYPES
/** Every collection a piece with rows in the model belongs to. */
export const PIECE_COLLECTIONS: readonly string[] = [...new Set([...MODEL_COLLECTIONS, ...FEED_TYPES])]

export const ANSWERS = 'public-answers'
export const DEPS = 'public-answer-deps'

export const answerKey = (collection: string, id: unknown, locale: string, depth: number) =>
  `${collection}:${String(id)}:${locale}:${depth}`

export const listKey = (collection: string, locale: string, depth: number) => `${collection}:${locale}:${depth}`

/**
 * A feed view is a language filter: `''` for the feed with none (read in the default locale), or a
 * locale code for the pieces written in it. A feed key starts with its piece, as answer keys do.
 */
export const feedKey = (collection: string, id: unknown, view: string) => `${collection}:${String(id)}:feed:${view}`
export const feedListKey = (view: string) => `feed:${view}`

/** The row a stored answer is kept in, as the adapter returns it. */
export type AnswerRow = {
  key: string
  pieceCollection: string
  pieceId: string
  slug?: string | null
  locale: string
  depth: number
  publishedAt?: string | null
  visibleFrom?: string | null
  staleAfter?: string | null
  body?: string | null
  tags?: string | null
}
