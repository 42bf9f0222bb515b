import { createLocalReq, type Payload, type Where } from 'payload'

import { recordingReads } from '../cache/readTags'
import { toFeedItem } from '../feed/feedItem'
import { feedIdType, listedIn, readFeedIndex } from '../feed/findFeed'
import { storeRow, writer, type Hidden, type TransactionID } from './rows'
import { feedKey, feedListKey } from './scope'

/** The feed views the model holds: no language filter (`''`, read in the default locale), and each locale. */
export const feedViews = (payload: Payload): string[] =>
  payload.config.localization ? ['', ...payload.config.localization.localeCodes] : ['']

// A page's own list tag is added when it is served: kept here, every publication would rebuild every item.
const membership = (tag: string) => tag.startsWith('list:')

/**
 * Computes and stores a piece's item in every feed view with the feed's own read of the index, for
 * this one piece, as an anonymous reader (so it is what the feed lists), in the given transaction.
 */
export async function buildFeedItems(
  payload: Payload,
  transactionID: TransactionID,
  collection: string,
  id: number | string,
): Promise<void> {
  const req = writer(payload, transactionID)
  const defaultLocale = payload.config.localization ? payload.config.localization.defaultLocale : undefined
  for (const view of feedViews(payload)) {
    const locale = view || defaultLocale
    const where: Where = {
      and: [...listedIn(view || undefined), { docType: { equals: collection } }, { docId: { equals: String(id) } }],
    }
    const reader = await createLocalReq({ locale, context: {} }, payload)
    reader.transactionID = transactionID
    const read = new Set<string>()
    const { docs } = await recordingReads(read, () => readFeedIndex(reader, where, 1, locale))
    const [row] = docs
    await storeRow(
      payload,
      req,
      feedKey(collection, id, view),
      [collection, id],
      { list: feedListKey(view), locale: view, depth: 1 },
      row && {
        piece: { publishedAt: row.publishedAt },
        body: JSON.stringify(toFeedItem(row, feedIdType(reader))),
        tags: new Set([...read].filter((tag) => !membership(tag))),
      },
      async () =>
        (
          await payload.find({
            collection: 'search',
            where,
            limit: 1,
            pagination: false,
            depth: 0,
            select: { publishedAt: true, embargoUntil: true },
            locale: locale as never,
            overrideAccess: true,
            req,
          })
        ).docs[0] as Hidden | undefined,
    )
  }
}
