import type { PayloadRequest, Where } from 'payload'

import type { RequestProblem } from '../i18n/server'
import { wholeNumberProblem } from '../lib/requestChecks'
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
export function searchProblems(
  q: string,
  limit: number,
  page: number,
  sent = { limit: String(limit), page: String(page) },
): RequestProblem[] {
  const problems: RequestProblem[] = []
  if (!q.trim()) problems.push({ key: 'searchQueryRequired' })
  if (q.length > SEARCH_MAX_QUERY_LENGTH)
    problems.push({ key: 'searchQueryTooLong', vars: { max: SEARCH_MAX_QUERY_LENGTH } })
  if (!Number.isInteger(limit) || limit < 1 || limit > SEARCH_MAX_LIMIT)
    problems.push(wholeNumberProblem('limit', 1, SEARCH_MAX_LIMIT, sent.limit))
  if (!Number.isInteger(page) || page < 1 || page > 1000) problems.push(wholeNumberProblem('page', 1, 1000, sent.page))
  if (q.trim() && !searchWords(q).length) problems.push({ key: 'searchQueryNoWords' })
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
