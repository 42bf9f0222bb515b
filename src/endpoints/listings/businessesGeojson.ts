import type { Endpoint } from 'payload'

import { listTag, recordRead } from '../../cache/readTags'

import { clusterPoints, parseBbox, type Bbox } from '../../lib/crisis/clusters'
import { BUSINESS_CATEGORIES, BUSINESS_SERVICES } from '../../lib/crisis/kinds'
import type { Business } from '../../payload-types'
import { documented } from '../../openapi/customEndpoints'
import { errors, json, query, ref } from '../../openapi/operation'
import { refuse } from './shared'
import { liveWhere, oneOf } from './liveWhere'

/** Metropolitan France and Corsica, when the client names no box. */
const FRANCE: Bbox = { west: -5.5, south: 41, east: 10, north: 51.5 }
const POINT_FIELDS = ['name', 'category', 'city', 'services', 'phone', 'website'] as const

/**
 * `GET /api/businesses/geojson?bbox=west,south,east,north&category=&service=`: the live listings in
 * the box as GeoJSON points, or, for a wide box, clusters (`cluster: true`, `count`). Public data
 * only, read straight from the database (as the chambers' map does): nothing private is selected.
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
      const where = liveWhere({
        bbox: box.bbox,
        equals: {
          category: 'value' in category ? category.value : undefined,
          services: 'value' in service ? service.value : undefined,
        },
      })
      const wide = box.bbox.east - box.bbox.west > 1.5
      const select = Object.fromEntries(
        ['latitude', 'longitude', ...(wide ? [] : POINT_FIELDS)].map((field) => [field, true as const]),
      )
      const { docs } = await req.payload.db.find<Business>({
        collection: 'businesses',
        where,
        select,
        pagination: false,
        limit: 0,
        req,
      })
      // Read straight from the adapter (no hooks record it): the cached map goes when a listing changes.
      recordRead([listTag('businesses')])
      const grouped = clusterPoints(
        box.bbox,
        docs.map((doc) => ({ latitude: doc.latitude, longitude: doc.longitude, properties: doc })),
      )
      const features = grouped.clustered
        ? grouped.clusters.map((c) => ({
            type: 'Feature',
            geometry: { type: 'Point', coordinates: [c.longitude, c.latitude] },
            properties: { cluster: true, count: c.count },
          }))
        : grouped.points.map(({ latitude, longitude, properties: b }) => ({
            type: 'Feature',
            geometry: { type: 'Point', coordinates: [longitude, latitude] },
            properties: {
              id: b.id,
              name: b.name,
              category: b.category,
              city: b.city,
              services: b.services ?? [],
              phone: b.phone ?? null,
              website: b.website ?? null,
            },
          }))
      // Lifetimes and validators come from the HTTP cache layer, as for every public answer.
      return Response.json(
        { type: 'FeatureCollection', clustered: grouped.clustered, total: docs.length, features },
        { headers: { 'content-type': 'application/geo+json; charset=utf-8' } },
      )
    },
  },
  {
    summary: 'Live open businesses in a box, as GeoJSON points, or clusters when the box is wide',
    parameters: [
      query(
        'bbox',
        { type: 'string', example: '2.2,48.8,2.5,48.9' },
        'west,south,east,north in degrees (default: metropolitan France). Wider than 1.5° of longitude: clusters.',
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
