/** The collections and depths whose anonymous answers the read model holds; every locale is held. */
export const MODEL_COLLECTIONS: readonly string[] = ['articles']
export const MODEL_DEPTHS: readonly number[] = [1]

export const ANSWERS = 'public-answers'
export const DEPS = 'public-answer-deps'

export const answerKey = (collection: string, id: unknown, locale: string, depth: number) =>
  `${collection}:${String(id)}:${locale}:${depth}`

export const listKey = (collection: string, locale: string, depth: number) => `${collection}:${locale}:${depth}`

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
