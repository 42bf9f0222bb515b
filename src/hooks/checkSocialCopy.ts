import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { checkSocialText, NETWORK_NAMES } from '../distribution/xText'
import { NETWORKS } from '../distribution/types'
import { translate } from '../i18n/translate'

/**
 * Each network's limit, counted the way the network counts (X weighs CJK and emoji double and
 * every link as 23): refused on every save, drafts included, naming the network, count and limit.
 */
export const checkSocialCopy: CollectionBeforeChangeHook = ({ data, collection, req }) => {
  const social = (data.social ?? {}) as Record<string, { text?: unknown } | undefined>
  const errors = NETWORKS.flatMap((network) => {
    const text = social[network]?.text
    const problem = typeof text === 'string' ? checkSocialText(network, text) : null
    if (!problem) return []
    const key = network === 'x' ? 'socialTooLongX' : 'socialTooLong'
    const message = translate(req, key, { ...problem, network: NETWORK_NAMES[network] })
    return [{ path: `social.${network}.text`, message, label: message }]
  })
  if (errors.length) throw new ValidationError({ collection: collection.slug, errors, req })
  return data
}
