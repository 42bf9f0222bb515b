const EARTH_RADIUS_KM = 6371.0088

export type LatLng = { latitude: number; longitude: number }

const radians = (degrees: number) => (degrees * Math.PI) / 180

/** Great-circle distance (haversine), in kilometres. */
export function distanceKm(a: LatLng, b: LatLng): number {
  const dLat = radians(b.latitude - a.latitude)
  const dLng = radians(b.longitude - a.longitude)
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)))
}

export const isLatitude = (value: number) => Number.isFinite(value) && value >= -90 && value <= 90
export const isLongitude = (value: number) => Number.isFinite(value) && value >= -180 && value <= 180

export type CoordinatesProblem = {
  field: 'latitude' | 'longitude'
  code: 'latitudeMissing' | 'longitudeMissing' | 'latitudeRange' | 'longitudeRange'
}

/** What is wrong with a pair of optional coordinates (both or neither, within range), or null. */
export function coordinatesProblem(latitude: unknown, longitude: unknown): CoordinatesProblem | null {
  const hasLat = latitude !== null && latitude !== undefined
  const hasLng = longitude !== null && longitude !== undefined
  if (hasLat !== hasLng) {
    return hasLat ? { field: 'longitude', code: 'longitudeMissing' } : { field: 'latitude', code: 'latitudeMissing' }
  }
  if (hasLat && !isLatitude(Number(latitude))) return { field: 'latitude', code: 'latitudeRange' }
  if (hasLng && !isLongitude(Number(longitude))) return { field: 'longitude', code: 'longitudeRange' }
  return null
}

export type NearestQuery = { origin: LatLng; limit: number }

export const NEAREST_DEFAULT_LIMIT = 5
export const NEAREST_MAX_LIMIT = 50

/**
 * `lat`, `lng` and `limit` from a query string the edge has checked against the published
 * parameters (`src/endpoints/chambersNearest.ts`), which also word its refusals.
 */
export function readNearestQuery(params: URLSearchParams): NearestQuery {
  const limit = params.get('limit')
  return {
    origin: { latitude: Number(params.get('lat')), longitude: Number(params.get('lng')) },
    limit: limit ? Number(limit) : NEAREST_DEFAULT_LIMIT,
  }
}

export type Located<T> = T & LatLng

/** The `limit` nearest points to the origin, each with its distance rounded to 0.1 km. */
export function nearest<T>(
  origin: LatLng,
  points: Located<T>[],
  limit: number,
): (Located<T> & { distanceKm: number })[] {
  return points
    .map((point) => ({ ...point, distanceKm: Math.round(distanceKm(origin, point) * 10) / 10 }))
    .sort((a, b) => a.distanceKm - b.distanceKm)
    .slice(0, limit)
}

export type Feature<P> = { type: 'Feature'; geometry: { type: 'Point'; coordinates: [number, number] }; properties: P }

/** GeoJSON puts longitude first (RFC 7946). */
export function toFeatureCollection<P>(points: { latitude: number; longitude: number; properties: P }[]): {
  type: 'FeatureCollection'
  features: Feature<P>[]
} {
  return {
    type: 'FeatureCollection',
    features: points.map(({ latitude, longitude, properties }) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [longitude, latitude] },
      properties,
    })),
  }
}
