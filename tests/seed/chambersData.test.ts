import {
  ALL_CHAMBERS,
  DEPARTMENTS,
  NATIONAL_CHAMBER,
  REGIONAL_CHAMBERS,
  TERRITORIAL_CHAMBERS,
} from '../../src/seed/data/chambers'
import { isDepartmentCode, REGIONS } from '../../src/lib/regions'

type Point = { latitude: number; longitude: number }

// Written out here rather than imported, so a bug in the app's geometry cannot hide one in the data.
function haversineKm(a: Point, b: Point): number {
  const rad = (deg: number) => (deg * Math.PI) / 180
  const dLat = rad(b.latitude - a.latitude)
  const dLng = rad(b.longitude - a.longitude)
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLng / 2) ** 2
  return 2 * 6371 * Math.asin(Math.sqrt(h))
}

const METROPOLE = { lat: [41, 51.2], lng: [-5.2, 9.6] }
const OVERSEAS: Record<string, { lat: [number, number]; lng: [number, number] }> = {
  '971': { lat: [15.8, 16.55], lng: [-61.85, -61.0] },
  '972': { lat: [14.38, 14.9], lng: [-61.25, -60.8] },
  '973': { lat: [2.1, 5.8], lng: [-54.6, -51.6] },
  '974': { lat: [-21.4, -20.85], lng: [55.2, 55.85] },
  '976': { lat: [-13.05, -12.6], lng: [45.0, 45.35] },
}

// Ten digits either way: +33 and a zone digit, or an overseas country code and its three-digit local prefix.
const PHONE = /^(\+33 \d( \d\d){4}|\+(590 590|596 596|594 594|262 26[29])( \d\d){3})$/

const postalPrefix = (code: string) => (code === '2A' || code === '2B' ? '20' : code)

describe('seed data: departments', () => {
  test('the 101 departments, each once, with Corsica split and no 975', () => {
    const codes = DEPARTMENTS.map((d) => d.code)
    expect(codes).toHaveLength(101)
    expect(new Set(codes).size).toBe(101)
    expect(codes).toEqual(expect.arrayContaining(['2A', '2B', '971', '972', '973', '974', '976']))
    expect(codes).not.toContain('20')
    expect(codes).not.toContain('975')
    for (const code of codes) expect(isDepartmentCode(code)).toBe(true)
  })

  test('every department belongs to a known region and every region has departments', () => {
    const regions = REGIONS.map((r) => r.value as string)
    for (const d of DEPARTMENTS) expect(regions).toContain(d.region)
    for (const region of regions) expect(DEPARTMENTS.some((d) => d.region === region)).toBe(true)
  })

  test('prefectures lie inside France: the metropolitan box, or their own overseas box', () => {
    for (const d of DEPARTMENTS) {
      const box = OVERSEAS[d.code] ?? METROPOLE
      const where = `${d.code} ${d.prefecture} (${d.latitude}, ${d.longitude})`
      expect({ where, inside: d.latitude >= box.lat[0] && d.latitude <= box.lat[1] }).toEqual({ where, inside: true })
      expect({ where, inside: d.longitude >= box.lng[0] && d.longitude <= box.lng[1] }).toEqual({ where, inside: true })
    }
  })

  test('postal codes are five digits starting with the department number', () => {
    for (const d of DEPARTMENTS) {
      expect(d.postalCode).toMatch(/^\d{5}$/)
      expect(d.postalCode.startsWith(postalPrefix(d.code))).toBe(true)
    }
  })
})

describe('seed data: chambers', () => {
  test('one national, one per region, one per department', () => {
    expect(ALL_CHAMBERS).toHaveLength(101 + 18 + 1)
    expect(NATIONAL_CHAMBER.kind).toBe('cci-france')
    expect(REGIONAL_CHAMBERS.map((c) => c.region).sort()).toEqual(REGIONS.map((r) => r.value).sort())
    expect(TERRITORIAL_CHAMBERS.map((c) => c.departmentCode)).toEqual(DEPARTMENTS.map((d) => d.code))
    for (const c of REGIONAL_CHAMBERS) {
      expect(DEPARTMENTS.find((d) => d.code === c.departmentCode)?.region).toBe(c.region)
    }
  })

  test('names and e-mails are unique, contacts use .test domains and well-formed phone numbers', () => {
    expect(new Set(ALL_CHAMBERS.map((c) => c.name)).size).toBe(ALL_CHAMBERS.length)
    expect(new Set(ALL_CHAMBERS.map((c) => c.email)).size).toBe(ALL_CHAMBERS.length)
    for (const c of ALL_CHAMBERS) {
      expect(c.email).toMatch(/^contact@cci-[a-z0-9-]+\.test$/)
      expect(c.website).toMatch(/^https:\/\/www\.cci-[a-z0-9-]+\.test$/)
      expect(c.phone).toMatch(PHONE)
      expect(c.crisisHotline).toMatch(PHONE)
    }
  })

  test.each([
    ['13', 'Marseille, Vieux-Port', { latitude: 43.2951, longitude: 5.374 }],
    ['69', 'Lyon, place Bellecour', { latitude: 45.7578, longitude: 4.832 }],
    ['33', 'Bordeaux', { latitude: 44.8378, longitude: -0.5792 }],
    ['67', 'Strasbourg', { latitude: 48.5734, longitude: 7.7521 }],
  ])('the department %s chamber is the nearest territorial one to %s', (code, _place, origin) => {
    const [nearest] = [...TERRITORIAL_CHAMBERS].sort((a, b) => haversineKm(origin, a) - haversineKm(origin, b))
    expect(nearest.departmentCode).toBe(code)
  })
})
