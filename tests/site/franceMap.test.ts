import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import { toFeatureCollection } from '../../src/lib/geo'
import { ALL_CHAMBERS, DEPARTMENTS } from '../../src/seed/data/chambers'
import { ChamberMap } from '../../src/site/map/ChamberMap'
import { OUTLINES, outlinePath } from '../../src/site/map/franceOutline'
import { FRAME_RECTS, INSETS, MAP_VIEWBOX, placePoint, type Frame, type Rect } from '../../src/site/map/projection'
import { departmentOfPostcode, pointForPostcode, POSTCODE_FORMAT_MESSAGE } from '../../src/site/map/postcode'

const place = (latitude: number, longitude: number) => {
  const placed = placePoint(latitude, longitude)
  if (!placed) throw new Error(`(${latitude}, ${longitude}) was not placed`)
  return placed
}
const inside = ({ x, y }: { x: number; y: number }, r: Rect) =>
  x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height
const rectOf = (frame: Frame) => FRAME_RECTS.find((f) => f.frame === frame)!.rect
const department = (code: string) => DEPARTMENTS.find((d) => d.code === code)!

// Ray casting: whether an SVG point falls inside a ring of projected vertices.
const inPolygon = ({ x, y }: { x: number; y: number }, ring: { x: number; y: number }[]) =>
  ring.reduce((odd, a, i) => {
    const b = ring[(i + ring.length - 1) % ring.length]
    return a.y > y !== b.y > y && x < ((b.x - a.x) * (y - a.y)) / (b.y - a.y) + a.x ? !odd : odd
  }, false)

describe('placePoint', () => {
  const paris = place(48.8566, 2.3522)
  const brest = place(48.3904, -4.4861)
  const strasbourg = place(48.5734, 7.7521)
  const lille = place(50.6292, 3.0573)
  const marseille = place(43.2965, 5.3698)
  const nice = place(43.7102, 7.262)
  const ajaccio = place(41.9192, 8.7386)

  test('puts mainland cities and Corsica in the metropolitan frame', () => {
    for (const city of [paris, brest, strasbourg, lille, marseille, nice, ajaccio]) {
      expect(city.frame).toBe('metropole')
      expect(inside(city, rectOf('metropole'))).toBe(true)
    }
  })

  test('keeps the cities where a reader expects them relative to one another', () => {
    expect(brest.x).toBeLessThan(paris.x)
    expect(paris.x).toBeLessThan(strasbourg.x)
    expect(lille.y).toBeLessThan(paris.y)
    expect(paris.y).toBeLessThan(marseille.y)
    expect(marseille.x).toBeLessThan(nice.x)
    expect(nice.y).toBeLessThan(ajaccio.y)
    expect(Math.abs(brest.y - strasbourg.y)).toBeLessThan(Math.abs(lille.y - marseille.y))
  })

  test.each([
    ['971', 'guadeloupe'],
    ['972', 'martinique'],
    ['973', 'guyane'],
    ['974', 'la-reunion'],
    ['976', 'mayotte'],
  ] as const)('puts department %s in the %s inset', (code, frame) => {
    const { latitude, longitude } = department(code)
    const placed = place(latitude, longitude)
    expect(placed.frame).toBe(frame)
    expect(inside(placed, rectOf(frame))).toBe(true)
  })

  test('refuses points in none of the frames', () => {
    expect(placePoint(40.7128, -74.006)).toBeNull() // New York
    expect(placePoint(46.7811, -56.1764)).toBeNull() // Saint-Pierre, which has no inset
    expect(placePoint(-33.8688, 151.2093)).toBeNull() // Sydney
  })

  test('places every seeded department inside its own frame', () => {
    for (const { code, latitude, longitude } of DEPARTMENTS) {
      const placed = placePoint(latitude, longitude)
      expect({ code, frame: placed?.frame ?? null }).toEqual({
        code,
        frame: code.startsWith('97') ? expect.not.stringMatching('metropole') : 'metropole',
      })
      expect(inside(placed!, rectOf(placed!.frame))).toBe(true)
    }
  })

  test('draws frames that stay within the view box and never overlap', () => {
    const view = { x: 0, y: 0, ...MAP_VIEWBOX }
    for (const [i, { rect: a }] of FRAME_RECTS.entries()) {
      expect(inside(a, view) && inside({ x: a.x + a.width, y: a.y + a.height }, view)).toBe(true)
      for (const { rect: b } of FRAME_RECTS.slice(i + 1)) {
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y
        expect(apart).toBe(true)
      }
    }
    expect(INSETS.map((inset) => inset.label)).toEqual(['Guadeloupe', 'Martinique', 'Guyane', 'La Réunion', 'Mayotte'])
  })
})

describe('outlines', () => {
  test('stay inside their frames and close every ring', () => {
    for (const outline of OUTLINES) {
      const d = outlinePath(outline)
      expect(d.match(/Z/g)).toHaveLength(outline.rings.length)
      for (const [, x, y] of d.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g))
        expect(inside({ x: Number(x), y: Number(y) }, rectOf(outline.frame))).toBe(true)
    }
  })

  test('hold every department prefecture on land', () => {
    const rings = new Map(
      OUTLINES.map((o) => [o.frame, o.rings.map((ring) => ring.map(([lat, lng]) => place(lat, lng)))]),
    )
    for (const { code, latitude, longitude } of DEPARTMENTS) {
      const placed = place(latitude, longitude)
      const onLand = rings.get(placed.frame)!.some((ring) => inPolygon(placed, ring))
      expect({ code, onLand }).toEqual({ code, onLand: true })
    }
  })
})

describe('departmentOfPostcode', () => {
  test.each([
    ['75008', '75'],
    ['01000', '01'],
    ['20000', '2A'],
    ['20199', '2A'],
    ['20200', '2B'],
    ['20600', '2B'],
    ['97400', '974'],
    ['97100', '971'],
    ['97600', '976'],
    [' 75 008 ', '75'],
  ])('maps %s to department %s', (postcode, code) => {
    expect(departmentOfPostcode(postcode)).toBe(code)
  })

  test.each(['abcde', '1234', '750080', '', '75O08'])('refuses %p', (postcode) => {
    expect(departmentOfPostcode(postcode)).toBeNull()
  })
})

describe('pointForPostcode', () => {
  test('gives the department’s reference point', () => {
    const paris = department('75')
    expect(pointForPostcode('75008', DEPARTMENTS)).toEqual({
      departmentCode: '75',
      point: { latitude: paris.latitude, longitude: paris.longitude },
    })
    expect(pointForPostcode('20200', DEPARTMENTS)).toMatchObject({ departmentCode: '2B' })
  })

  test('explains a malformed code and one outside the network', () => {
    expect(pointForPostcode('1234', DEPARTMENTS)).toEqual({ error: POSTCODE_FORMAT_MESSAGE })
    expect(pointForPostcode('98000', DEPARTMENTS)).toEqual({ error: expect.stringContaining('98000') })
    expect(pointForPostcode('97500', DEPARTMENTS)).toEqual({ error: expect.stringContaining('97500') })
  })
})

describe('ChamberMap', () => {
  const { features } = toFeatureCollection(
    ALL_CHAMBERS.map((chamber, index) => ({
      latitude: chamber.latitude,
      longitude: chamber.longitude,
      properties: {
        id: index + 1,
        name: chamber.name,
        kind: chamber.kind,
        city: chamber.city,
        region: chamber.region,
        phone: chamber.phone,
        email: chamber.email,
        website: chamber.website,
        hotline: chamber.crisisHotline,
      },
    })),
  )
  const html = renderToStaticMarkup(createElement(ChamberMap, { features }))
  const [map, list] = html.split('Liste des chambres')

  test('draws one labelled point per chamber, its kind in a class and a data attribute', () => {
    expect(map).toMatch(/<svg[^>]*role="group"[^>]*aria-labelledby="chamber-map-title chamber-map-desc"/)
    expect(map.match(/class="chamber-point /g)).toHaveLength(features.length)
    for (const kind of ['cci-france', 'regional', 'territorial']) {
      const expected = features.filter((f) => f.properties.kind === kind).length
      expect(
        map.match(new RegExp(`class="chamber-point chamber-point--${kind}" data-kind="${kind}"`, 'g')),
      ).toHaveLength(expected)
    }
    expect(map).toContain('<title>CCI Finistère — Quimper</title>')
    for (const inset of INSETS) expect(map).toContain(`>${inset.label}</text>`)
  })

  test('each point links to its chamber’s card; the Paris ring is one group marker that leads to its region', () => {
    const finistere = features.find((f) => f.properties.name === 'CCI Finistère')!
    expect(map).toContain(
      `<a class="chamber-point-link" href="#chamber-${finistere.properties.id}" aria-label="CCI Finistère — Quimper">`,
    )
    expect(list).toContain(`id="chamber-${finistere.properties.id}"`)
    const groups = [
      ...map.matchAll(/<a class="chamber-group-link" href="#(region-[\w-]+)" aria-label="(\d+) chambres/g),
    ]
    expect(groups.map((g) => g[1])).toContain('region-ile-de-france')
    expect(Number(groups.find((g) => g[1] === 'region-ile-de-france')![2])).toBeGreaterThanOrEqual(3)
    // Grouped chambers are still drawn, under the group marker, but reached through their region.
    expect(map.match(/class="chamber-point-link"/g)!.length).toBeLessThan(features.length)
  })

  test('the list folds territorial chambers by region, each region a details element the map’s links open', () => {
    const regions = [...list.matchAll(/<details id="(region-[\w-]+)" class="chamber-region"><summary>([^<]+)/g)]
    expect(regions.map((r) => r[1])).toEqual(
      expect.arrayContaining(['region-ile-de-france', 'region-bretagne', 'region-la-reunion']),
    )
    expect(list).not.toContain('<details id="region-ile-de-france" class="chamber-region" open')
  })

  test('lists every chamber with its contacts after the map', () => {
    for (const { properties } of features)
      expect(list).toContain(`<strong class="chamber-list__name">${properties.name}</strong>`)
    expect(list).toContain('<a href="mailto:contact@cci-finistere.test">')
    expect(list).toMatch(/<a href="tel:\+33\d+">\+33 /)
    expect(list).toContain('<a href="https://www.cci-finistere.test">')
  })
})
