import type { Endpoint } from 'payload'

import {
  SEARCH_MAX_LIMIT as MAX_LIMIT,
  SEARCH_MAX_QUERY_LENGTH as MAX_QUERY_LENGTH,
  searchPieces,
  searchProblems,
} from '../feed/searchPieces'
import { translate } from '../i18n/translate'
import { documented } from '../openapi/customEndpoints'
import { errors, json, query, worded } from '../openapi/operation'

/**
 * `GET /api/search?q=…&limit=&page=`: published hits across content types, each word of the query
 * matched accent- and case-insensitively, best priority first.
 */
export const searchEndpoint: Endpoint = documented(
  {
    path: '/',
    method: 'get',
    handler: async (req) => {
      const params = new URL(req.url ?? '', 'http://localhost').searchParams
      const q = params.get('q') ?? ''
      const sent = { limit: params.get('limit') ?? '10', page: params.get('page') ?? '1' }
      const limit = Number(sent.limit)
      const page = Number(sent.page)
      const problems = searchProblems(q, limit, page, sent)
      if (problems.length)
        return Response.json(
          { errors: problems.map(({ key, vars }) => ({ message: translate(req, key, vars) })) },
          { status: 400 },
        )
      return Response.json(await searchPieces(req, { q, limit, page }))
    },
  },
  {
    summary: 'Search published pieces of every type',
    description: 'Each word matches accent- and case-insensitively; best priority first, then newest.',
    parameters: [
      query(
        'q',
        worded({ type: 'string', maxLength: MAX_QUERY_LENGTH }, { maxLength: 'searchQueryTooLong' }),
        'The words to search for.',
        true,
      ),
      query(
        'limit',
        worded({ type: 'integer', minimum: 1, maximum: MAX_LIMIT }, 'wholeNumberQuery'),
        'Hits per page (default 10).',
      ),
      query('page', worded({ type: 'integer', minimum: 1, maximum: 1000 }, 'wholeNumberQuery'), 'Page number.'),
      query('locale', { type: 'string' }, 'Language of the titles and summaries.'),
    ],
    responses: {
      '200': json('The hits.', {
        type: 'object',
        properties: {
          q: { type: 'string' },
          docs: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                type: { type: 'string' },
                id: { type: ['integer', 'string'] },
                title: { type: 'string' },
                slug: { type: ['string', 'null'] },
                summary: { type: ['string', 'null'] },
                publishedAt: { type: ['string', 'null'] },
              },
            },
          },
          totalDocs: { type: 'integer' },
          page: { type: 'integer' },
          totalPages: { type: 'integer' },
        },
      }),
      ...errors(400, 429),
    },
  },
)
