import type { PayloadRequest, Where } from 'payload'

import { searchableText } from '../lib/text'

export const SEARCH_MAX_QUERY_LENGTH = 200
export const SEARCH_MAX_LIMIT = 50

export type SearchHit = {
  type: string
  id: number | string
  title: string | null
  slug: string | null
  summary: string | null
  publishedAt: string | null
}
export type SearchHits = { q: string; docs: SearchHit[]; totalDocs: number; page: number; totalPages: number }

/** Every problem with a search's parameters, each naming its parameter (empty when it can run). */
export function searchProblems(q: string, limit: number, page: number): string[] {
  const problems: string[] = []
  if (!q.trim()) problems.push('"q" is required: the words to search for.')
  if (q.length > SEARCH_MAX_QUERY_LENGTH) problems.push(`"q" is at most ${SEARCH_MAX_QUERY_LENGTH} characters.`)
  if (!Number.isInteger(limit) || limit < 1 || limit > SEARCH_MAX_LIMIT)
    problems.push(`"limit" must be a whole number from 1 to ${SEARCH_MAX_LIMIT}.`)
  if (!Number.isInteger(page) || page < 1 || page > 1000) problems.push('"page" must be a whole number from 1 to 1000.')
  if (q.trim() && !searchWords(q).length) problems.push('"q" has no letters or digits to search for.')
  return problems
}

const searchWords = (q: string) => searchableText(q).split(' ').filter(Boolean)

/**
 * Published hits across content types, each word of the query matched accent- and
 * case-insensitively, best priority first; with the caller's access rights.
 */
export async function searchPieces(
  req: PayloadRequest,
  { q, limit, page }: { q: string; limit: number; page: number },
): Promise<SearchHits> {
  const where: Where = {
    and: searchWords(q)
      .slice(0, 10)
      .map((word) => ({ searchText: { like: word } })),
  }
  const result = await req.payload.find({
    collection: 'search',
    where,
    sort: ['-priority', '-publishedAt'],
    limit,
    page,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
    locale: req.locale as never,
  })
  return {
    q,
    docs: result.docs.map((hit) => ({
      type: hit.doc.relationTo,
      id: typeof hit.doc.value === 'object' ? hit.doc.value.id : hit.doc.value,
      title: hit.title ?? null,
      slug: hit.slug ?? null,
      summary: hit.summary ?? null,
      publishedAt: hit.publishedAt ?? null,
    })),
    totalDocs: result.totalDocs,
    page: result.page ?? page,
    totalPages: result.totalPages,
  }
}
