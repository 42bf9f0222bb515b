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
/** Cells across the box's width when clustering. */
export const GRID_CELLS = 24

export type Point<P> = { latitude: number; longitude: number; properties: P }
export type Cluster = { latitude: number; longitude: number; count: number }

export function clusterPoints<P>(
  bbox: Bbox,
  points: Point<P>[],
): { clustered: false; points: Point<P>[] } | { clustered: true; clusters: Cluster[] } {
  const width = bbox.east - bbox.west
  if (width <= CLUSTER_ABOVE_DEGREES) return { clustered: false, points }
  const size = width / GRID_CELLS
  const cells = new Map<string, { lat: number; lng: number; count: number }>()
  for (const point of points) {
    const key = `${Math.floor((point.longitude - bbox.west) / size)}:${Math.floor((point.latitude - bbox.south) / size)}`
    const cell = cells.get(key) ?? { lat: 0, lng: 0, count: 0 }
    cell.lat += point.latitude
    cell.lng += point.longitude
    cell.count += 1
    cells.set(key, cell)
  }
  const round = (n: number) => Math.round(n * 1e4) / 1e4
  return {
    clustered: true,
    clusters: [...cells.values()].map((c) => ({
      latitude: round(c.lat / c.count),
      longitude: round(c.lng / c.count),
      count: c.count,
    })),
  }
}
