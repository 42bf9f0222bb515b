import type { Endpoint } from 'payload'

import type { ListingKind } from '../../lib/crisis/listingKinds'
import { documented } from '../../openapi/customEndpoints'
import { json } from '../../openapi/operation'
import { liveWhere } from './liveWhere'

/** `GET /api/<listings>/stats`: how many chambers run the service and how many listings are live, for the initiative's spotlight. */
export function statsEndpoint(kind: ListingKind): Endpoint {
  return documented(
    {
      path: '/stats',
      method: 'get',
      handler: async (req) => {
        const [chambers, live] = await Promise.all([
          req.payload.count({
            collection: 'chambers',
            where: { servicesEnabled: { in: [kind.service] } },
            overrideAccess: true,
            req,
          }),
          req.payload.count({ collection: kind.slug, where: liveWhere({}), overrideAccess: true, req }),
        ])
        return Response.json({ service: kind.service, chambers: chambers.totalDocs, live: live.totalDocs })
      },
    },
    {
      summary: `How many chambers run the service and how many listings (${kind.slug}) are live`,
      responses: {
        '200': json('The counts.', {
          type: 'object',
          properties: { service: { type: 'string' }, chambers: { type: 'integer' }, live: { type: 'integer' } },
        }),
      },
    },
  )
}
