import type { Endpoint, PayloadRequest } from 'payload'

import { communesOf } from '../../lib/crisis/postcodes'
import { BUSINESS_CATEGORIES } from '../../lib/crisis/kinds'
import { publicShape, BUSINESSES } from '../../lib/crisis/listingKinds'
import { isLatitude, isLongitude, nearest, NEAREST_DEFAULT_LIMIT, NEAREST_MAX_LIMIT, type LatLng } from '../../lib/geo'
import type { Business } from '../../payload-types'
import { documented } from '../../openapi/customEndpoints'
import { errors, json, query } from '../../openapi/operation'
import { badFields, refuse } from './shared'
import { liveWhere, oneOf } from './liveWhere'

/** Boxes tried around the origin, in degrees, before reading every live listing. */
const RADII = [0.5, 2]

function originOf(params: URLSearchParams): { origin: LatLng } | { problem: 'postalCode' | 'coordinates' | 'missing' } {
  const postalCode = params.get('postalCode')
  if (postalCode) {
    const commune = communesOf(postalCode)[0]
    return commune
      ? { origin: { latitude: commune.latitude, longitude: commune.longitude } }
      : { problem: 'postalCode' }
  }
  if (!params.has('lat') && !params.has('lng')) return { problem: 'missing' }
  const origin = { latitude: Number(params.get('lat')), longitude: Number(params.get('lng')) }
  return isLatitude(origin.latitude) && isLongitude(origin.longitude) && params.get('lat') !== ''
    ? { origin }
    : { problem: 'coordinates' }
}

async function candidates(
  req: PayloadRequest,
  origin: LatLng,
  category: string | undefined,
  limit: number,
): Promise<Business[]> {
  for (const radius of [...RADII, undefined]) {
    const bbox =
      radius === undefined
        ? undefined
        : {
            west: origin.longitude - radius * 1.5,
            east: origin.longitude + radius * 1.5,
            south: origin.latitude - radius,
            north: origin.latitude + radius,
          }
    const { docs } = await req.payload.find({
      collection: 'businesses',
      where: liveWhere({ bbox, equals: { category } }),
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (docs.length >= limit || radius === undefined) return docs
  }
  return []
}

/** `GET /api/businesses/nearest?postalCode=|lat=&lng=&category=&limit=`: the closest live open businesses. */
export const businessesNearest: Endpoint = documented(
  {
    path: '/nearest',
    method: 'get',
    handler: async (req) => {
      const params = new URL(req.url ?? '', 'http://localhost').searchParams
      const found = originOf(params)
      if ('problem' in found) {
        if (found.problem === 'missing') return refuse(req, 400, 'crisisNearestOrigin')
        if (found.problem === 'postalCode')
          return badFields(req, [
            { path: 'postalCode', problem: 'postalCodeUnknown', vars: { postalCode: params.get('postalCode') ?? '' } },
          ])
        return badFields(req, [{ path: 'latitude', problem: 'coordinatesInvalid' }])
      }
      const category = oneOf(params, 'category', BUSINESS_CATEGORIES)
      if ('error' in category) return refuse(req, 400, 'crisisBadFilter', category.error)
      const limit = params.has('limit') ? Number(params.get('limit')) : NEAREST_DEFAULT_LIMIT
      if (!Number.isInteger(limit) || limit < 1 || limit > NEAREST_MAX_LIMIT)
        return badFields(req, [{ path: 'limit', problem: 'fieldInteger', vars: { min: 1, max: NEAREST_MAX_LIMIT } }])
      const docs = await candidates(req, found.origin, category.value, limit)
      const closest = nearest(
        found.origin,
        docs.map((doc) => ({ ...doc, latitude: doc.latitude, longitude: doc.longitude })),
        limit,
      )
      return Response.json({
        origin: found.origin,
        docs: closest.map((doc) => ({ ...publicShape(BUSINESSES, doc as never), distanceKm: doc.distanceKm })),
      })
    },
  },
  {
    summary: 'The live open businesses closest to a postal code or a point',
    parameters: [
      query('postalCode', { type: 'string' }, 'A French postal code (its commune is the origin).'),
      query('lat', { type: 'number' }, 'Latitude, with lng, instead of postalCode.'),
      query('lng', { type: 'number' }, 'Longitude.'),
      query('category', { enum: [...BUSINESS_CATEGORIES] }, 'Only this category.'),
      query('limit', { type: 'integer', minimum: 1, maximum: NEAREST_MAX_LIMIT }, 'How many (default 5).'),
    ],
    responses: { '200': json('Nearest first, with the distance in km.', { type: 'object' }), ...errors(400) },
  },
)
