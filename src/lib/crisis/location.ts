import { OUTLINES } from '../../site/map/franceOutline'
import { distanceKm, isLatitude, isLongitude } from '../geo'
import { communeNamed, communesOf, normalisePostalCode, pinFitsCommune } from './postcodes'

type LatLng = { latitude: number; longitude: number }

/** Ray casting on the hand-traced outlines of France (mainland, Corsica, overseas departments). */
function onLand({ latitude, longitude }: LatLng): boolean {
  return OUTLINES.some(({ rings }) =>
    rings.some((ring) => {
      let inside = false
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [latI, lngI] = ring[i]
        const [latJ, lngJ] = ring[j]
        if (
          lngI > longitude !== lngJ > longitude &&
          latitude < ((latJ - latI) * (longitude - lngI)) / (lngJ - lngI) + latI
        )
          inside = !inside
      }
      return inside
    }),
  )
}

/** The outlines are traced at a few kilometres' precision and leave out small islands: a pin this close to its commune is on land. */
const NEAR_COMMUNE_KM = 5

export type Place = { postalCode: string; city: string; departmentCode: string; latitude: number; longitude: number }
export type PlaceProblem = {
  path: 'postalCode' | 'city' | 'latitude' | 'longitude'
  problem: 'postalCodeUnknown' | 'cityNotInPostalCode' | 'coordinatesInvalid' | 'pinAtSea' | 'pinFarFromCommune'
  vars?: Record<string, string>
}

/**
 * Where a listing stands: the postal code must exist, the city be one of its communes (or left out
 * when the code serves one), and the pin, when given, lie on land near that commune. Without a pin
 * the commune's point is used.
 */
export function locate(input: {
  postalCode?: unknown
  city?: unknown
  latitude?: unknown
  longitude?: unknown
}): { place: Place } | { problems: PlaceProblem[] } {
  const postalCode = typeof input.postalCode === 'string' ? normalisePostalCode(input.postalCode) : ''
  const communes = /^\d{5}$/.test(postalCode) ? communesOf(postalCode) : []
  if (!communes.length)
    return {
      problems: [
        { path: 'postalCode', problem: 'postalCodeUnknown', vars: { postalCode: String(input.postalCode ?? '') } },
      ],
    }
  const city = typeof input.city === 'string' ? input.city.trim() : ''
  const commune = city ? communeNamed(postalCode, city) : communes.length === 1 ? communes[0] : undefined
  if (!commune)
    return {
      problems: [
        {
          path: 'city',
          problem: 'cityNotInPostalCode',
          vars: { postalCode, communes: communes.map((c) => c.name).join(', ') },
        },
      ],
    }
  const hasPin = input.latitude !== undefined && input.latitude !== null && input.latitude !== ''
  if (!hasPin)
    return {
      place: {
        postalCode,
        city: commune.name,
        departmentCode: commune.departmentCode,
        latitude: commune.latitude,
        longitude: commune.longitude,
      },
    }
  const pin = { latitude: Number(input.latitude), longitude: Number(input.longitude) }
  if (!isLatitude(pin.latitude) || !isLongitude(pin.longitude))
    return { problems: [{ path: 'latitude', problem: 'coordinatesInvalid' }] }
  if (!onLand(pin) && distanceKm(commune, pin) > NEAR_COMMUNE_KM)
    return { problems: [{ path: 'latitude', problem: 'pinAtSea' }] }
  if (!pinFitsCommune(commune, pin))
    return { problems: [{ path: 'latitude', problem: 'pinFarFromCommune', vars: { city: commune.name } }] }
  return {
    place: {
      postalCode,
      city: commune.name,
      departmentCode: commune.departmentCode,
      latitude: round(pin.latitude),
      longitude: round(pin.longitude),
    },
  }
}

// About a metre: more would only pretend to a precision a pin dropped on a map does not have.
const round = (value: number) => Math.round(value * 1e5) / 1e5
