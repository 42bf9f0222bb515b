import type { Payload, PayloadRequest } from 'payload'

import { coalesce } from '../../cache/coalesce'
import { docTag, listTag } from '../../cache/readTags'
import { changeFeedOf } from '../../cache/sharedChangeFeed'
import { dependsOnEvery } from '../../db/readPastHooks'
import { readMapPoints } from '../../db/mapPoints'
import { MapIndex } from '../../lib/crisis/mapIndex'

type LiveMap = { index: MapIndex; refresh: () => Promise<void> }

const maps = new WeakMap<Payload, LiveMap>()
const DOC = docTag('businesses', '')
const LIST = listTag('businesses')

/**
 * One in-memory index of the published open businesses per instance, kept current the way the
 * response cache is: every committed change to a listing, on any instance, is announced with the
 * tags of the listings it touched (`src/cache/invalidate.ts`); before answering, the instance
 * brings in the announcements it has not seen and reads those listings again. When changes may
 * have been missed (the feed lost track, a change names no listing), every listing is read again.
 */
function liveMapOf(payload: Payload): LiveMap {
  const existing = maps.get(payload)
  if (existing) return existing
  const feed = changeFeedOf(payload)
  const index = new MapIndex()
  let everything = true
  const changed = new Set<string>()
  feed.listen((change) => {
    if (change === 'all') everything = true
    else if (change.includes(LIST)) {
      const ids = change.filter((tag) => tag.startsWith(DOC)).map((tag) => tag.slice(DOC.length))
      if (ids.length === 0) everything = true
      for (const id of ids) changed.add(id)
    }
  })
  // A caller waits for a refresh started after it arrived, so a change committed before its request is in.
  const refresh = coalesce(async () => {
    if (!(await feed.sync())) everything = true
    if (everything) {
      everything = false
      changed.clear()
      try {
        index.replaceAll(await readMapPoints(payload))
      } catch (error) {
        everything = true
        throw error
      }
      return
    }
    if (changed.size === 0) return
    const ids = [...changed]
    changed.clear()
    try {
      const found = new Map((await readMapPoints(payload, ids)).map((point) => [String(point.id), point]))
      for (const id of ids) index.put(id, found.get(id) ?? null)
    } catch (error) {
      for (const id of ids) changed.add(id)
      throw error
    }
  })
  const map: LiveMap = { index, refresh }
  maps.set(payload, map)
  return map
}

/** The index of published listings as of this request; the answer depends on every listing. */
export async function liveMap(req: PayloadRequest): Promise<MapIndex> {
  const map = liveMapOf(req.payload)
  dependsOnEvery('businesses')
  await map.refresh()
  return map.index
}
