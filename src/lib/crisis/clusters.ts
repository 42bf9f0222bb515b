/**
 * The map's reads: a bounding box from the query string, and points grouped into clusters on a grid
 * when the box is wide (zoomed out), so that a view of France sends dozens of features, not 50,000.
 */
export type Bbox = { west: number; south: number; east: number; north: number }

export function parseBbox(raw: string | null): { bbox: Bbox } | { error: true } {
  const parts = (raw ?? '').split(',').map((part) => Number(part.trim()))
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) return { error: true }
  const [west, south, east, north] = parts
  if (west < -180 || east > 180 || south < -90 || north > 90 || west >= east || south >= north) return { error: true }
  return { bbox: { west, south, east, north } }
}

/** Wider than this (degrees of longitude), points are clustered. About a region. */
export const CLUSTER_ABOVE_DEGREES = 1.5
/** More points than this in a box, they are clustered whatever its size: a crowded city at region scale. */
export const MAX_POINTS = 1000
/** Cells across the box's longer side when clustering. */
export const GRID_CELLS = 24

export type LatLng = { latitude: number; longitude: number }
export type Cluster = { latitude: number; longitude: number; count: number }

const round = (n: number) => Math.round(n * 1e4) / 1e4

/**
 * Counts points on a grid of square cells over a box (each cluster at the mean of its points), in
 * typed arrays: no allocation per point, so a view of France adds 50,000 points in about a millisecond.
 */
export class Grid {
  private readonly size: number
  private readonly columns = GRID_CELLS + 1
  private readonly count = new Uint32Array(this.columns * this.columns)
  private readonly latitudes = new Float64Array(this.columns * this.columns)
  private readonly longitudes = new Float64Array(this.columns * this.columns)

  constructor(private readonly bbox: Bbox) {
    this.size = Math.max(bbox.east - bbox.west, bbox.north - bbox.south) / GRID_CELLS
  }

  add(latitude: number, longitude: number): void {
    const last = this.columns - 1
    const x = Math.min(last, Math.max(0, Math.floor((longitude - this.bbox.west) / this.size)))
    const y = Math.min(last, Math.max(0, Math.floor((latitude - this.bbox.south) / this.size)))
    const cell = y * this.columns + x
    this.count[cell] += 1
    this.latitudes[cell] += latitude
    this.longitudes[cell] += longitude
  }

  clusters(): Cluster[] {
    const clusters: Cluster[] = []
    this.count.forEach((count, cell) => {
      if (count > 0)
        clusters.push({
          latitude: round(this.latitudes[cell] / count),
          longitude: round(this.longitudes[cell] / count),
          count,
        })
    })
    return clusters
  }
}

/** Whether a box this wide holding this many points is shown as clusters. */
export const clusters = (bbox: Bbox, points: number) =>
  bbox.east - bbox.west > CLUSTER_ABOVE_DEGREES || points > MAX_POINTS

/** The points as they are, or, for a wide or crowded box, their clusters. */
export function clusterPoints<P extends LatLng>(
  bbox: Bbox,
  points: P[],
): { clustered: false; points: P[] } | { clustered: true; clusters: Cluster[] } {
  if (!clusters(bbox, points.length)) return { clustered: false, points }
  const grid = new Grid(bbox)
  for (const point of points) grid.add(point.latitude, point.longitude)
  return { clustered: true, clusters: grid.clusters() }
}
