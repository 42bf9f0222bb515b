import type { Endpoint } from 'payload'

import { toFeatureCollection } from '../lib/geo'
import { locatedChambers } from './locatedChambers'
import { documented } from '../openapi/customEndpoints'
import { json, ref } from '../openapi/operation'

/** Every chamber on the map, as GeoJSON: what the contacts map and any GIS tool read. */
export const chambersGeojson: Endpoint = documented(
  {
    path: '/geojson',
    method: 'get',
    handler: async (req) => {
      const chambers = await locatedChambers(req, [
        'name',
        'kind',
        'city',
        'phone',
        'email',
        'website',
        'crisisHotline',
      ])
      const collection = toFeatureCollection(
        chambers.map(({ latitude, longitude, ...chamber }) => ({
          latitude,
          longitude,
          properties: {
            id: chamber.id,
            name: chamber.name,
            kind: chamber.kind,
            city: chamber.city ?? null,
            phone: chamber.phone ?? null,
            email: chamber.email ?? null,
            website: chamber.website ?? null,
            hotline: chamber.crisisHotline ?? null,
          },
        })),
      )
      // Lifetimes and validators come from the HTTP cache layer, as for every public answer.
      return Response.json(collection, { headers: { 'content-type': 'application/geo+json; charset=utf-8' } })
    },
  },
  {
    summary: 'Every located chamber, as GeoJSON (longitude first)',
    responses: { '200': json('A FeatureCollection of points.', ref('FeatureCollection'), 'application/geo+json') },
  },
)
