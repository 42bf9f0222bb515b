import type { Payload } from 'payload'

import { databaseChanges, type ChangeFeed } from './changeFeed'
import { redisPrefix } from './redis'
import { redisBus } from './redisBus'

const feeds = new WeakMap<Payload, ChangeFeed>()

/** The server's feed is the one every in-process copy of the content listens to (one poll, one subscription). */
export function shareChangeFeed(payload: Payload, feed: ChangeFeed): ChangeFeed {
  feeds.set(payload, feed)
  return feed
}

/**
 * How this instance hears of the changes committed through every instance: the server's feed, or,
 * when Payload runs without the express server in front, one made the same way from the environment.
 */
export function changeFeedOf(payload: Payload): ChangeFeed {
  let feed = feeds.get(payload)
  if (!feed) {
    const url = process.env.REDIS_URL
    const log = { warn: (message: string) => payload.logger.warn(message) }
    feed = url ? redisBus(url, redisPrefix(process.env), log) : databaseChanges(payload)
    feeds.set(payload, feed)
  }
  return feed
}
