import type { Endpoint } from 'payload'

import { AID_CATEGORIES, AID_KINDS } from '../../lib/crisis/kinds'
import { AID_POSTS, publicShape } from '../../lib/crisis/listingKinds'
import { isDepartmentCode } from '../../lib/regions'
import { documented } from '../../openapi/customEndpoints'
import { errors, json, query } from '../../openapi/operation'
import { refuse } from './shared'
import { liveWhere, oneOf } from './liveWhere'

const PAGE_SIZE = 50

/** `GET /api/aid-posts/public?kind=&category=&department=&page=`: live, open posts, newest first. */
export const aidPostsPublicList: Endpoint = documented(
  {
    path: '/public',
    method: 'get',
    handler: async (req) => {
      const params = new URL(req.url ?? '', 'http://localhost').searchParams
      const kind = oneOf(params, 'kind', AID_KINDS)
      const category = oneOf(params, 'category', AID_CATEGORIES)
      for (const filter of [kind, category])
        if ('error' in filter) return refuse(req, 400, 'crisisBadFilter', filter.error)
      const department = params.get('department') || undefined
      if (department && !isDepartmentCode(department))
        return refuse(req, 400, 'crisisBadFilter', { field: 'department', allowed: '01…95, 2A, 2B, 971…976' })
      const page = Number(params.get('page') ?? '1')
      if (!Number.isInteger(page) || page < 1)
        return refuse(req, 400, 'crisisBadFilter', { field: 'page', allowed: '1, 2, 3…' })
      const where = liveWhere({
        equals: {
          kind: 'value' in kind ? kind.value : undefined,
          category: 'value' in category ? category.value : undefined,
          departmentCode: department,
          state: 'open',
        },
      })
      const result = await req.payload.find({
        collection: 'aid-posts',
        where,
        sort: '-submittedAt',
        limit: PAGE_SIZE,
        page,
        depth: 0,
        overrideAccess: true,
        req,
      })
      return Response.json({
        docs: result.docs.map((doc) => publicShape(AID_POSTS, doc as never)),
        totalDocs: result.totalDocs,
        page: result.page,
        totalPages: result.totalPages,
      })
    },
  },
  {
    summary: 'Live, open aid posts, newest first (50 a page)',
    parameters: [
      query('kind', { enum: [...AID_KINDS] }, 'Offers or requests.'),
      query('category', { enum: [...AID_CATEGORIES] }, 'Only this category.'),
      query('department', { type: 'string' }, 'A department code (75, 2A, 974…).'),
      query('page', { type: 'integer', minimum: 1 }, 'Page (default 1).'),
    ],
    responses: { '200': json('A page of posts.', { type: 'object' }), ...errors(400) },
  },
)
