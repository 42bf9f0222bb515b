import type { Endpoint } from 'payload'

import { now } from '../../lib/clock'
import { parseBbox, type Bbox } from '../../lib/crisis/clusters'
import { BUSINESS_CATEGORIES, BUSINESS_SERVICES } from '../../lib/crisis/kinds'
import { documented } from '../../openapi/customEndpoints'
import { errors, json, query, ref } from '../../openapi/operation'
import { refuse } from './shared'
import { liveMap } from './liveMap'
import { oneOf } from './liveWhere'

/** Metropolitan France and Corsica, when the client names no box. */
const FRANCE: Bbox = { west: -5.5, south: 41, east: 10, north: 51.5 }

/**
 * `GET /api/businesses/geojson?bbox=west,south,east,north&category=&service=`: the live listings in
 * the box as GeoJSON points, or, for a wide or crowded box, clusters (`cluster: true`, `count`). Public data
 * only, from the instance's index of published listings (`liveMap.ts`): nothing private is in it.
 */
export const businessesGeojson: Endpoint = documented(
  {
    path: '/geojson',
    method: 'get',
    handler: async (req) => {
      const params = new URL(req.url ?? '', 'http://localhost').searchParams
      const box = params.has('bbox') ? parseBbox(params.get('bbox')) : { bbox: FRANCE }
      if ('error' in box) return refuse(req, 400, 'crisisBadBbox')
      const category = oneOf(params, 'category', BUSINESS_CATEGORIES)
      const service = oneOf(params, 'service', BUSINESS_SERVICES)
      for (const filter of [category, service])
        if ('error' in filter) return refuse(req, 400, 'crisisBadFilter', filter.error)
      const index = await liveMap(req)
      const grouped = index.view({
        bbox: box.bbox,
        category: 'value' in category ? category.value : undefined,
        service: 'value' in service ? service.value : undefined,
        now: now().getTime(),
      })
      const features = grouped.clustered
        ? grouped.clusters.map((c) => ({
            type: 'Feature',
            geometry: { type: 'Point', coordinates: [c.longitude, c.latitude] },
            properties: { cluster: true, count: c.count },
          }))
        : grouped.points.map((b) => ({
            type: 'Feature',
            geometry: { type: 'Point', coordinates: [b.longitude, b.latitude] },
            properties: {
              id: b.id,
              name: b.name,
              category: b.category,
              city: b.city,
              services: b.services,
              phone: b.phone,
              website: b.website,
            },
          }))
      // Lifetimes and validators come from the HTTP cache layer, as for every public answer.
      return Response.json(
        { type: 'FeatureCollection', clustered: grouped.clustered, total: grouped.total, features },
        { headers: { 'content-type': 'application/geo+json; charset=utf-8' } },
      )
    },
  },
  {
    summary: 'Live open businesses in a box, as GeoJSON points, or clusters when the box is wide or crowded',
    parameters: [
      query(
        'bbox',
        { type: 'string', example: '2.2,48.8,2.5,48.9' },
        'west,south,east,north in degrees (default: metropolitan France). Wider than 1.5° of longitude, or more than 1,000 listings in the box: clusters.',
      ),
      query('category', { enum: [...BUSINESS_CATEGORIES] }, 'Only this category.'),
      query('service', { enum: [...BUSINESS_SERVICES] }, 'Only businesses offering this service.'),
    ],
    responses: {
      '200': json(
        'A FeatureCollection (longitude first); `clustered` says which kind of features.',
        ref('FeatureCollection'),
        'application/geo+json',
      ),
      ...errors(400),
    },
  },
)
