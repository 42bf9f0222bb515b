import type { CollectionSlug, Endpoint } from 'payload'

import { translate } from '../i18n/translate'
import { may } from '../lib/permissions'
import { parseSitePath } from '../lib/sitePaths'
import { documented } from '../openapi/customEndpoints'
import { errors, json, query, worded } from '../openapi/operation'
import { badRequest } from './feed'

const MAX_DEPTH = 3

/**
 * `GET /api/resolve?path=/articles/<slug>`: the piece a site address shows, read with the caller's
 * access (published and out of embargo for the public). `draft=true` gives staff the latest draft.
 */
export const resolveEndpoint: Endpoint = documented(
  {
    path: '/resolve',
    method: 'get',
    handler: async (req) => {
      const params = new URL(req.url ?? '', 'http://localhost').searchParams
      const path = params.get('path')
      const depth = Number(params.get('depth') ?? 1)
      const errors: string[] = []
      if (!path?.startsWith('/')) errors.push(translate(req, 'resolvePathRequired'))
      if (!Number.isInteger(depth) || depth < 0 || depth > MAX_DEPTH)
        errors.push(translate(req, 'resolveBadDepth', { max: MAX_DEPTH }))
      if (errors.length || !path) return badRequest(errors)

      const target = parseSitePath(path)
      const notFound = () =>
        Response.json({ errors: [{ message: translate(req, 'nothingPublishedAt', { path }) }] }, { status: 404 })
      if (!target) return notFound()
      const draft = params.get('draft') === 'true' && may(req.user?.roles, target.type, 'readDrafts')
      const { docs } = await req.payload.find({
        collection: target.type as CollectionSlug,
        where: { slug: { equals: target.slug } },
        limit: 1,
        pagination: false,
        depth,
        draft,
        locale: req.locale as never,
        overrideAccess: false,
        user: req.user,
        req,
      })
      if (!docs[0]) return notFound()
      return Response.json({ type: target.type, path: path.replace(/\/$/, ''), doc: docs[0] })
    },
  },
  {
    summary: 'The piece at a site path',
    description:
      'Paths: /articles/<slug>, /success-stories/<slug>, /initiatives/<slug>, /faq/<slug>, /guides/<slug>, /events/<slug>, /dossiers/<slug>.',
    parameters: [
      query('path', worded({ type: 'string', pattern: '^/' }, 'resolvePathRequired'), 'The site path.', true),
      query(
        'depth',
        worded({ type: 'integer', minimum: 0, maximum: MAX_DEPTH }, 'resolveBadDepth'),
        'Relationship population depth (default 1).',
      ),
      query('locale', { type: 'string' }, 'Locale of localized fields.'),
      query('draft', { type: 'boolean' }, 'The latest draft (staff who may read drafts).'),
    ],
    responses: {
      '200': json('The piece, with its type and path.', {
        type: 'object',
        required: ['type', 'path', 'doc'],
        properties: { type: { type: 'string' }, path: { type: 'string' }, doc: { type: 'object' } },
      }),
      ...errors(400, 404, 429),
    },
  },
)
