/**
 * Markers that would sit on one another at the map's scale (Paris and its ring of chambers) are
 * drawn as one group marker with their count, which leads to their region's list instead.
 */
export type Placed = { key: string; x: number; y: number; region: string | null }
export type Group = { x: number; y: number; keys: string[]; region: string | null }

/** Groups of at least `minSize` points, each point within `distance` of another in its group. */
export function overlappingGroups(points: readonly Placed[], distance = 14, minSize = 3): Group[] {
  const parent = points.map((_, i) => i)
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])))
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      if (Math.hypot(points[i].x - points[j].x, points[i].y - points[j].y) < distance) parent[root(i)] = root(j)
    }
  }
  const byRoot = new Map<number, Placed[]>()
  points.forEach((point, i) => byRoot.set(root(i), [...(byRoot.get(root(i)) ?? []), point]))
  return [...byRoot.values()]
    .filter((members) => members.length >= minSize)
    .map((members) => {
      const regions = members.map((m) => m.region).filter(Boolean)
      const region =
        regions.sort((a, b) => regions.filter((r) => r === b).length - regions.filter((r) => r === a).length)[0] ?? null
      return {
        x: members.reduce((sum, m) => sum + m.x, 0) / members.length,
        y: members.reduce((sum, m) => sum + m.y, 0) / members.length,
        keys: members.map((m) => m.key),
        region,
      }
    })
}
