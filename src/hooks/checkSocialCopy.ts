import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { checkSocialText } from '../distribution/xText'
import { NETWORKS } from '../distribution/types'

/**
 * Each network's limit, counted the way the network counts (X weighs CJK and emoji double and
 * every link as 23): refused on every save, drafts included, naming the network, count and limit.
 */
export const checkSocialCopy: CollectionBeforeChangeHook = ({ data, collection }) => {
  const social = (data.social ?? {}) as Record<string, { text?: unknown } | undefined>
  const errors = NETWORKS.flatMap((network) => {
    const text = social[network]?.text
    const problem = typeof text === 'string' ? checkSocialText(network, text) : null
    return problem ? [{ path: `social.${network}.text`, message: problem.message, label: problem.message }] : []
  })
  if (errors.length) throw new ValidationError({ collection: collection.slug, errors })
  return data
}
