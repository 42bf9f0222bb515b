import type { Endpoint } from 'payload'

import { translate } from '../i18n/translate'
import { nearest, parseNearestQuery } from '../lib/geo'
import { locatedChambers } from './locatedChambers'
import { documented } from '../openapi/customEndpoints'
import { errors, json, query } from '../openapi/operation'

/** `?lat=&lng=&limit=`: the chambers closest to a point, by great-circle distance. */
export const chambersNearest: Endpoint = documented(
  {
    path: '/nearest',
    method: 'get',
    handler: async (req) => {
      const parsed = parseNearestQuery(new URL(req.url ?? '', 'http://localhost').searchParams)
      if ('errors' in parsed) {
        return Response.json(
          { errors: parsed.errors.map(({ code, ...vars }) => ({ message: translate(req, code, vars) })) },
          { status: 400 },
        )
      }
      const { origin, limit } = parsed.query
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
      query('lat', { type: 'number', minimum: -90, maximum: 90 }, 'Latitude.', true),
      query('lng', { type: 'number', minimum: -180, maximum: 180 }, 'Longitude.', true),
      query('limit', { type: 'integer', minimum: 1 }, 'How many (default 5).'),
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
