import { MAX_POINTS } from '../../src/lib/crisis/clusters'
import { MapIndex, type MapPoint } from '../../src/lib/crisis/mapIndex'

const NOW = Date.parse('2030-01-01T00:00:00Z')
const point = (id: number, latitude: number, longitude: number, extra: Partial<MapPoint> = {}): MapPoint => ({
  id,
  latitude,
  longitude,
  category: 'alimentation',
  services: [],
  name: `Commerce ${id}`,
  city: 'Brest',
  phone: null,
  website: null,
  expiresAt: NOW + 86_400_000,
  ...extra,
})
const BREST = { west: -4.6, south: 48.3, east: -4.3, north: 48.5 }
const FRANCE = { west: -5.5, south: 41, east: 10, north: 51.5 }
const ids = (index: MapIndex, query: Partial<Parameters<MapIndex['view']>[0]> = {}) => {
  const view = index.view({ bbox: BREST, now: NOW, ...query })
  return view.clustered ? view : view.points.map((p) => p.id).sort()
}

describe('the map’s index of published listings', () => {
  test('a box keeps the points inside it, edges included', () => {
    const index = new MapIndex()
    index.replaceAll([point(1, 48.38, -4.48), point(2, 48.3, -4.6), point(3, 48.38, -4.29), point(4, 48.51, -4.4)])
    expect(ids(index)).toEqual([1, 2])
  })

  test('a point leaves the map when it expires, with no write', () => {
    const index = new MapIndex()
    index.replaceAll([point(1, 48.38, -4.48, { expiresAt: NOW + 1000 })])
    expect(ids(index)).toEqual([1])
    expect(ids(index, { now: NOW + 1000 })).toEqual([])
  })

  test('category and service filters; a value no point has finds nothing', () => {
    const index = new MapIndex()
    index.replaceAll([
      point(1, 48.38, -4.48, { services: ['delivery', 'phone-orders'] }),
      point(2, 48.39, -4.47, { category: 'sante', services: ['phone-orders'] }),
    ])
    expect(ids(index, { category: 'sante' })).toEqual([2])
    expect(ids(index, { service: 'delivery' })).toEqual([1])
    expect(ids(index, { service: 'phone-orders', category: 'alimentation' })).toEqual([1])
    expect(ids(index, { category: 'artisan' })).toEqual([])
    expect(ids(index, { service: 'click-and-collect' })).toEqual([])
  })

  test('a listing changed, unpublished or added is in the next view', () => {
    const index = new MapIndex()
    index.replaceAll([point(1, 48.38, -4.48), point(2, 48.39, -4.47)])
    expect(ids(index)).toEqual([1, 2])
    index.put(1, point(1, 45.76, 4.83))
    index.put('2', null)
    index.put(3, point(3, 48.4, -4.5))
    expect(ids(index)).toEqual([3])
    expect(index.size).toBe(2)
  })

  test('a wide box is counted on a grid; a narrow one holding more than MAX_POINTS too', () => {
    const index = new MapIndex()
    const crowded = Array.from({ length: MAX_POINTS + 1 }, (_, i) => point(i, 48.38 + i * 1e-5, -4.48))
    index.replaceAll([...crowded, point(-1, 45.76, 4.83)])
    const france = index.view({ bbox: FRANCE, now: NOW })
    expect(france.total).toBe(MAX_POINTS + 2)
    expect(france.clustered && france.clusters.map((c) => c.count).sort((a, b) => a - b)).toEqual([1, MAX_POINTS + 1])
    const brest = index.view({ bbox: BREST, now: NOW })
    expect(brest.clustered && brest.clusters.reduce((sum, c) => sum + c.count, 0)).toBe(MAX_POINTS + 1)
    index.put(0, null)
    expect(index.view({ bbox: BREST, now: NOW })).toMatchObject({ clustered: false, total: MAX_POINTS })
  })
})
