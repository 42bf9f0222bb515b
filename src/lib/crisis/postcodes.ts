import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import { distanceKm } from '../geo'

/**
 * French postal codes and their communes, offline (built by scripts/build-postcodes.ts from INSEE's
 * communes and GeoNames' places). A commune's point is its place when GeoNames lists it, else a
 * neighbour's sharing its postal code: good enough to start a pin the owner then moves.
 */
export type Commune = {
  name: string
  insee: string
  departmentCode: string
  latitude: number
  longitude: number
  precise: boolean
}

type Row = [name: string, insee: string, department: string, latitude: number, longitude: number, precise: 0 | 1]

let table: Record<string, Row[]> | undefined

// From the compiled server (dist/, one level under the project), in the source tree it ships with;
// from the source tree, beside this module. Relative to dist/, "../data" would be the project's own
// data folder (DATA_DIR's), hence the compiled place first.
const TABLE_PLACES = ['../src/lib/data/postcodes.json', '../data/postcodes.json']

function tableFile(): string {
  const files = TABLE_PLACES.map((place) => fileURLToPath(new URL(place, import.meta.url)))
  const found = files.find((file) => existsSync(file))
  if (!found) throw new Error(`postcodes.json not found (looked at ${files.join(', ')})`)
  return found
}

function load(): Record<string, Row[]> {
  table ??= JSON.parse(readFileSync(tableFile(), 'utf8')) as Record<string, Row[]>
  return table
}

export const normalisePostalCode = (input: string) => input.replace(/\s+/g, '')

/** The communes a postal code serves; empty when the code does not exist. */
export function communesOf(postalCode: string): Commune[] {
  const rows = load()[normalisePostalCode(postalCode)] ?? []
  return rows.map(([name, insee, departmentCode, latitude, longitude, precise]) => ({
    name,
    insee,
    departmentCode,
    latitude,
    longitude,
    precise: precise === 1,
  }))
}

const fold = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\bsainte?\b/g, (w) => (w === 'saint' ? 'st' : 'ste'))
    .replace(/[^a-z0-9]+/g, '')

/** The commune of a postal code that a typed city name designates (accents, case and "Saint"/"St" forgiven). */
export function communeNamed(postalCode: string, city: string): Commune | undefined {
  const wanted = fold(city)
  return communesOf(postalCode).find(
    (commune) => fold(commune.name) === wanted || fold(commune.name).startsWith(wanted + 'arrondissement'),
  )
}

/**
 * How far a pin may stand from its commune's point. Communes are rarely wider than 20 km, and a
 * borrowed point (a neighbour's) may be another 15 km away.
 */
export const PIN_TOLERANCE_KM = 35

export const pinFitsCommune = (commune: Commune, pin: { latitude: number; longitude: number }) =>
  distanceKm(commune, pin) <= PIN_TOLERANCE_KM
