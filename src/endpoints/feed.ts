import type { Endpoint } from 'payload'

import { translate } from '../i18n/translate'

import { findFeed, UnknownFilterError } from '../feed/findFeed'
import { FEED_MAX_LIMIT, parseFeedParams } from '../lib/feedParams'
import { SITE_TYPES } from '../lib/sitePaths'
import { documented } from '../openapi/customEndpoints'
import { errors, json, query, ref, worded } from '../openapi/operation'

export const badRequest = (messages: string[]) =>
  Response.json({ errors: messages.map((message) => ({ message })) }, { status: 400 })

/**
 * `GET /api/feed`: published pieces of every type, newest first, in one shape, with filters and a
 * cursor (`next`, passed back as `?cursor=`).
 */
export const feedEndpoint: Endpoint = documented(
  {
    path: '/feed',
    method: 'get',
    handler: async (req) => {
      const locales = req.payload.config.localization ? req.payload.config.localization.localeCodes : []
      const parsed = parseFeedParams(new URL(req.url ?? '', 'http://localhost').searchParams, locales)
      if ('errors' in parsed) return badRequest(parsed.errors.map(({ code, ...vars }) => translate(req, code, vars)))
      try {
        return Response.json(await findFeed(req, parsed.query))
      } catch (error) {
        if (error instanceof UnknownFilterError) return badRequest([translate(req, error.code, error.vars)])
        throw error
      }
    },
  },
  {
    summary: 'Published pieces of every type, newest first',
    description:
      'One shape per item. Page with `next`, passed back as `cursor`: pages stay stable while new pieces are published. Unknown or malformed parameters answer 400 naming them.',
    parameters: [
      query('types', { type: 'string' }, `Comma-separated types among ${SITE_TYPES.join(', ')} (default all).`),
      query('topic', { type: 'string' }, 'Comma-separated topic slugs.'),
      query(
        'audience',
        { type: 'string' },
        'Comma-separated audiences (entrepreneurs, business-owners, individuals, institutions).',
      ),
      query('dossier', { type: 'string' }, 'A dossier slug: only its items.'),
      query('territory', { type: 'string' }, 'Comma-separated territories: `national` or region values.'),
      query('locale', { type: 'string' }, 'Only pieces written in this language, in it.'),
      query(
        'limit',
        worded({ type: 'integer', minimum: 1, maximum: FEED_MAX_LIMIT }, 'feedBadLimit'),
        'Items per page (default 20).',
      ),
      query('cursor', { type: 'string' }, 'The `next` value of the previous page.'),
    ],
    responses: { '200': json('A page of the feed.', ref('FeedPage')), ...errors(400, 429) },
  },
)
