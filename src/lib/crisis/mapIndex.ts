import { CLUSTER_ABOVE_DEGREES, Grid, MAX_POINTS, type Bbox, type Cluster } from './clusters'

/** What the map shows of a published listing, and what its filters test. */
export type MapPoint = {
  id: number | string
  latitude: number
  longitude: number
  category: string
  services: string[]
  name: string
  city: string
  phone: string | null
  website: string | null
  /** Milliseconds; the point leaves the map at that time without any write. */
  expiresAt: number
}

export type MapQuery = { bbox: Bbox; category?: string; service?: string; now: number }
export type MapView = { total: number } & (
  { clustered: false; points: MapPoint[] } | { clustered: true; clusters: Cluster[] }
)

/** The points sorted by longitude, their fields in typed arrays (a box reads only its band of longitudes). */
type Packed = {
  points: MapPoint[]
  longitudes: Float64Array
  latitudes: Float64Array
  expiries: Float64Array
  categories: Uint16Array
  services: Uint32Array
}

/** The first position whose longitude is at least `west`. */
function firstAtOrEast(longitudes: Float64Array, west: number): number {
  let low = 0
  let high = longitudes.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (longitudes[middle] < west) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * The published listings in memory, so that a map view (50,000 points for France) is one pass over
 * typed arrays instead of 50,000 rows through the database adapter. The packed arrays are rebuilt
 * lazily after a change (a sort of the points, tens of milliseconds at 50,000). Expiry is tested at
 * query time, as the database query did, so that time passing needs no write.
 */
export class MapIndex {
  private readonly byId = new Map<string, MapPoint>()
  private packed: Packed | null = null
  // Small numbers for the filters' values: a category is one code, the services a bit mask.
  private readonly codes = new Map<string, number>()

  get size(): number {
    return this.byId.size
  }

  replaceAll(points: Iterable<MapPoint>): void {
    this.byId.clear()
    for (const point of points) this.byId.set(String(point.id), point)
    this.packed = null
  }

  /** The listing's current state: its point, or null when it is no longer published (or gone). */
  put(id: number | string, point: MapPoint | null): void {
    if (point) this.byId.set(String(id), point)
    else if (!this.byId.delete(String(id))) return
    this.packed = null
  }

  /** The points in the box, or their clusters when the box is wide or holds more than `MAX_POINTS`. */
  view(query: MapQuery): MapView {
    if (query.bbox.east - query.bbox.west <= CLUSTER_ABOVE_DEGREES) {
      const points: MapPoint[] = []
      const packed = this.pack()
      const total = this.scan(query, (i) => {
        if (points.length <= MAX_POINTS) points.push(packed.points[i])
      })
      if (total <= MAX_POINTS) return { total, clustered: false, points }
    }
    const grid = new Grid(query.bbox)
    const { latitudes, longitudes } = this.pack()
    const total = this.scan(query, (i) => grid.add(latitudes[i], longitudes[i]))
    return { total, clustered: true, clusters: grid.clusters() }
  }

  /** Calls `visit` with the position of every live point in the box that passes the filters; returns their number. */
  private scan({ bbox, category, service, now }: MapQuery, visit: (position: number) => void): number {
    const { longitudes, latitudes, expiries, categories, services } = this.pack()
    const categoryCode = category === undefined ? -1 : (this.codes.get(`category:${category}`) ?? -2)
    const serviceBit = service === undefined ? 0 : this.bit(service)
    if (categoryCode === -2 || serviceBit === -1) return 0
    let found = 0
    for (let i = firstAtOrEast(longitudes, bbox.west); i < longitudes.length && longitudes[i] <= bbox.east; i++) {
      const latitude = latitudes[i]
      if (latitude < bbox.south || latitude > bbox.north || expiries[i] <= now) continue
      if (categoryCode >= 0 && categories[i] !== categoryCode) continue
      if (serviceBit && !(services[i] & serviceBit)) continue
      found++
      visit(i)
    }
    return found
  }

  /** A service's bit, -1 for one no point offers. */
  private bit(service: string): number {
    const code = this.codes.get(`service:${service}`)
    return code === undefined ? -1 : 1 << code
  }

  private code(kind: 'category' | 'service', value: string): number {
    const key = `${kind}:${value}`
    let code = this.codes.get(key)
    if (code === undefined) {
      code = [...this.codes.keys()].filter((k) => k.startsWith(`${kind}:`)).length
      this.codes.set(key, code)
    }
    return code
  }

  private pack(): Packed {
    if (this.packed) return this.packed
    const points = [...this.byId.values()].sort((a, b) => a.longitude - b.longitude)
    const packed: Packed = {
      points,
      longitudes: new Float64Array(points.length),
      latitudes: new Float64Array(points.length),
      expiries: new Float64Array(points.length),
      categories: new Uint16Array(points.length),
      services: new Uint32Array(points.length),
    }
    points.forEach((point, i) => {
      packed.longitudes[i] = point.longitude
      packed.latitudes[i] = point.latitude
      packed.expiries[i] = point.expiresAt
      packed.categories[i] = this.code('category', point.category)
      // At most 32 services: the collection's select offers three.
      packed.services[i] = point.services.reduce((mask, s) => mask | (1 << this.code('service', s)), 0)
    })
    this.packed = packed
    return packed
  }
}
