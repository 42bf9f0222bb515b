/**
 * Places a latitude/longitude on the contacts map's SVG: metropolitan France (with Corsica) in the main
 * frame, each overseas department in its own inset, as on INSEE and IGN maps. No tiles, no library: the
 * map must render on the server and stay legible offline.
 */

export type Frame = 'metropole' | 'guadeloupe' | 'martinique' | 'guyane' | 'la-reunion' | 'mayotte'
export type OverseasFrame = Exclude<Frame, 'metropole'>

export type Rect = { x: number; y: number; width: number; height: number }
export type GeoBounds = { west: number; east: number; south: number; north: number }
export type Inset = Rect & { frame: OverseasFrame; label: string; bounds: GeoBounds }
export type Placed = { x: number; y: number; frame: Frame }

export const MAP_VIEWBOX = { width: 1000, height: 840 } as const

const MARGIN = 12
const INSET_WIDTH = 160
const INSET_HEIGHT = 150
// Room at the top of each inset for its label, so no point sits under the text.
const LABEL_BAND = 22
const PADDING = 8

// Generous boxes: the whole territory plus a little sea, far enough apart that no point can match two.
export const METROPOLE_BOUNDS: GeoBounds = { west: -5.2, east: 9.6, south: 41.3, north: 51.1 }
const OVERSEAS: { frame: OverseasFrame; label: string; bounds: GeoBounds }[] = [
  { frame: 'guadeloupe', label: 'Guadeloupe', bounds: { west: -61.85, east: -60.95, south: 15.8, north: 16.55 } },
  { frame: 'martinique', label: 'Martinique', bounds: { west: -61.25, east: -60.8, south: 14.37, north: 14.9 } },
  { frame: 'guyane', label: 'Guyane', bounds: { west: -54.65, east: -51.55, south: 2.05, north: 5.85 } },
  { frame: 'la-reunion', label: 'La Réunion', bounds: { west: 55.2, east: 55.85, south: -21.42, north: -20.84 } },
  { frame: 'mayotte', label: 'Mayotte', bounds: { west: 44.95, east: 45.32, south: -13.02, north: -12.6 } },
]

/** Insets stacked down the left edge, the metropolitan frame taking the rest. */
export const INSETS: Inset[] = OVERSEAS.map((territory, index) => ({
  ...territory,
  x: MARGIN,
  y: MARGIN + index * (INSET_HEIGHT + MARGIN),
  width: INSET_WIDTH,
  height: INSET_HEIGHT,
}))

const metropoleLeft = MARGIN + INSET_WIDTH + 2 * MARGIN
export const METROPOLE_FRAME: Rect = {
  x: metropoleLeft,
  y: MARGIN,
  width: MAP_VIEWBOX.width - metropoleLeft - MARGIN,
  height: MAP_VIEWBOX.height - 2 * MARGIN,
}

type Planar = (latitude: number, longitude: number) => [east: number, north: number]
const radians = (degrees: number) => (degrees * Math.PI) / 180

/** Spherical Lambert conformal conic with Lambert-93's parallels (44°, 49°): the shape French readers know. */
function lambertConic(parallel1: number, parallel2: number, originLat: number, centralLng: number): Planar {
  const [p1, p2, p0] = [parallel1, parallel2, originLat].map(radians)
  const t = (phi: number) => Math.tan(Math.PI / 4 + phi / 2)
  const n = Math.log(Math.cos(p1) / Math.cos(p2)) / Math.log(t(p2) / t(p1))
  const f = (Math.cos(p1) * t(p1) ** n) / n
  const rho0 = f / t(p0) ** n
  return (latitude, longitude) => {
    const rho = f / t(radians(latitude)) ** n
    const theta = n * radians(longitude - centralLng)
    return [rho * Math.sin(theta), rho0 - rho * Math.cos(theta)]
  }
}

/** Equirectangular scaled by cos(latitude): true enough for an island a few dozen km across. */
function localPlate(bounds: GeoBounds): Planar {
  const k = Math.cos(radians((bounds.south + bounds.north) / 2))
  return (latitude, longitude) => [radians(longitude) * k, radians(latitude)]
}

/**
 * Scales a projection so that `bounds` fills `rect` without distortion, centred. The edges are sampled
 * rather than only the corners because a conic bends parallels into arcs.
 */
function fit(
  planar: Planar,
  bounds: GeoBounds,
  rect: Rect,
): (latitude: number, longitude: number) => { x: number; y: number } {
  const samples: [number, number][] = []
  for (let i = 0; i <= 16; i++) {
    const lat = bounds.south + ((bounds.north - bounds.south) * i) / 16
    const lng = bounds.west + ((bounds.east - bounds.west) * i) / 16
    samples.push(
      planar(lat, bounds.west),
      planar(lat, bounds.east),
      planar(bounds.south, lng),
      planar(bounds.north, lng),
    )
  }
  const xs = samples.map(([x]) => x)
  const ys = samples.map(([, y]) => y)
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)]
  const scale = Math.min(rect.width / (maxX - minX), rect.height / (maxY - minY))
  const offsetX = rect.x + (rect.width - (maxX - minX) * scale) / 2
  const offsetY = rect.y + (rect.height - (maxY - minY) * scale) / 2
  return (latitude, longitude) => {
    const [east, north] = planar(latitude, longitude)
    // SVG's y grows downwards, north grows upwards.
    return { x: offsetX + (east - minX) * scale, y: offsetY + (maxY - north) * scale }
  }
}

const inner = (rect: Rect): Rect => ({
  x: rect.x + PADDING,
  y: rect.y + LABEL_BAND,
  width: rect.width - 2 * PADDING,
  height: rect.height - LABEL_BAND - PADDING,
})

const PROJECTIONS: Record<Frame, ReturnType<typeof fit>> = {
  metropole: fit(lambertConic(44, 49, 46.5, 3), METROPOLE_BOUNDS, METROPOLE_FRAME),
  ...(Object.fromEntries(
    INSETS.map((inset) => [inset.frame, fit(localPlate(inset.bounds), inset.bounds, inner(inset))]),
  ) as Record<OverseasFrame, ReturnType<typeof fit>>),
}

const FRAME_BOUNDS: [Frame, GeoBounds][] = [
  ['metropole', METROPOLE_BOUNDS],
  ...INSETS.map((inset): [Frame, GeoBounds] => [inset.frame, inset.bounds]),
]

const within = (b: GeoBounds, latitude: number, longitude: number) =>
  latitude >= b.south && latitude <= b.north && longitude >= b.west && longitude <= b.east

/** The frame whose territory box holds the point, or null (abroad, or a territory without an inset). */
export function frameOf(latitude: number, longitude: number): Frame | null {
  return FRAME_BOUNDS.find(([, bounds]) => within(bounds, latitude, longitude))?.[0] ?? null
}

/** Projects into a given frame whatever the point's own position: outlines use it for vertices at sea. */
export function projectIn(frame: Frame, latitude: number, longitude: number): { x: number; y: number } {
  return PROJECTIONS[frame](latitude, longitude)
}

/** Where a point goes on the map, or null when it lies in none of the frames. */
export function placePoint(latitude: number, longitude: number): Placed | null {
  const frame = frameOf(latitude, longitude)
  return frame ? { ...projectIn(frame, latitude, longitude), frame } : null
}

/** Every frame's rectangle on the SVG: the metropolitan one, then the insets. */
export const FRAME_RECTS: { frame: Frame; rect: Rect }[] = [
  { frame: 'metropole', rect: METROPOLE_FRAME },
  ...INSETS.map(({ frame, x, y, width, height }) => ({ frame, rect: { x, y, width, height } })),
]
