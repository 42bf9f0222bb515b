import type { Endpoint } from 'payload'

import { nearest, NEAREST_DEFAULT_LIMIT, NEAREST_MAX_LIMIT, readNearestQuery } from '../lib/geo'
import { locatedChambers } from './locatedChambers'
import { documented } from '../openapi/customEndpoints'
import { errors, json, query, worded } from '../openapi/operation'

const coordinate = (max: number) =>
  worded(
    { type: 'number', minimum: -max, maximum: max },
    { required: 'nearestRequired', type: 'nearestNotNumber', '*': 'nearestRange' },
  )

/** `?lat=&lng=&limit=`: the chambers closest to a point, by great-circle distance. */
export const chambersNearest: Endpoint = documented(
  {
    path: '/nearest',
    method: 'get',
    handler: async (req) => {
      const { origin, limit } = readNearestQuery(new URL(req.url ?? '', 'http://localhost').searchParams)
      const chambers = await locatedChambers(req, [
        'name',
        'kind',
        'address',
        'postalCode',
        'city',
        'departmentCode',
        'phone',
        'email',
        'website',
        'crisisHotline',
      ])
      const docs = nearest(origin, chambers, limit).map((c) => ({
        id: c.id,
        name: c.name,
        kind: c.kind,
        address: c.address ?? null,
        postalCode: c.postalCode ?? null,
        city: c.city ?? null,
        departmentCode: c.departmentCode ?? null,
        latitude: c.latitude,
        longitude: c.longitude,
        phone: c.phone ?? null,
        email: c.email ?? null,
        website: c.website ?? null,
        crisisHotline: c.crisisHotline ?? null,
        distanceKm: c.distanceKm,
      }))
      return Response.json({ origin, docs })
    },
  },
  {
    summary: 'The chambers closest to a point',
    parameters: [
      query('lat', coordinate(90), 'Latitude.', true),
      query('lng', coordinate(180), 'Longitude.', true),
      query(
        'limit',
        worded({ type: 'integer', minimum: 1, maximum: NEAREST_MAX_LIMIT }, 'nearestLimit'),
        `How many (default ${NEAREST_DEFAULT_LIMIT}).`,
      ),
    ],
    responses: {
      '200': json('Nearest first, with the distance in km.', {
        type: 'object',
        properties: {
          origin: { type: 'object' },
          docs: { type: 'array', items: { type: 'object', properties: { distanceKm: { type: 'number' } } } },
        },
      }),
      ...errors(400),
    },
  },
)
