import type { Endpoint, Where } from 'payload'

import { searchableText } from '../lib/text'
import { documented } from '../openapi/customEndpoints'
import { errors, json, query } from '../openapi/operation'

const MAX_QUERY_LENGTH = 200
const MAX_LIMIT = 50

/**
 * `GET /api/search?q=…&limit=&page=`: published hits across content types, each word of the query
 * matched accent- and case-insensitively, best priority first.
 */
export const searchEndpoint: Endpoint = documented({
  path: '/',
  method: 'get',
  handler: async (req) => {
    const params = new URL(req.url ?? '', 'http://localhost').searchParams
    const q = params.get('q') ?? ''
    const limit = Number(params.get('limit') ?? 10)
    const page = Number(params.get('page') ?? 1)
    const errors: string[] = []
    if (!q.trim()) errors.push('"q" is required: the words to search for.')
    if (q.length > MAX_QUERY_LENGTH) errors.push(`"q" is at most ${MAX_QUERY_LENGTH} characters.`)
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) errors.push(`"limit" must be a whole number from 1 to ${MAX_LIMIT}.`)
    if (!Number.isInteger(page) || page < 1 || page > 1000) errors.push('"page" must be a whole number from 1 to 1000.')
    const words = searchableText(q).split(' ').filter(Boolean)
    if (q.trim() && !words.length) errors.push('"q" has no letters or digits to search for.')
    if (errors.length) return Response.json({ errors: errors.map((message) => ({ message })) }, { status: 400 })

    const where: Where = { and: words.slice(0, 10).map((word) => ({ searchText: { like: word } })) }
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
      locale: req.locale,
    })
    return Response.json({
      q,
      docs: result.docs.map((hit) => ({
        type: hit.doc.relationTo,
        id: typeof hit.doc.value === 'object' ? hit.doc.value.id : hit.doc.value,
        title: hit.title,
        slug: hit.slug ?? null,
        summary: hit.summary ?? null,
        publishedAt: hit.publishedAt ?? null,
      })),
      totalDocs: result.totalDocs,
      page: result.page,
      totalPages: result.totalPages,
    })
  },
}, {
  summary: 'Search published pieces of every type',
  description: 'Each word matches accent- and case-insensitively; best priority first, then newest.',
  parameters: [
    query('q', { type: 'string', maxLength: MAX_QUERY_LENGTH }, 'The words to search for.', true),
    query('limit', { type: 'integer', minimum: 1, maximum: MAX_LIMIT }, 'Hits per page (default 10).'),
    query('page', { type: 'integer', minimum: 1, maximum: 1000 }, 'Page number.'),
    query('locale', { type: 'string' }, 'Language of the titles and summaries.'),
  ],
  responses: {
    '200': json('The hits.', {
      type: 'object',
      properties: {
        q: { type: 'string' },
        docs: { type: 'array', items: { type: 'object', properties: { type: { type: 'string' }, id: { type: ['integer', 'string'] }, title: { type: 'string' }, slug: { type: ['string', 'null'] }, summary: { type: ['string', 'null'] }, publishedAt: { type: ['string', 'null'] } } } },
        totalDocs: { type: 'integer' },
        page: { type: 'integer' },
        totalPages: { type: 'integer' },
      },
    }),
    ...errors(400, 429),
  },
})
