import { type CollectionBeforeOperationHook, ValidationError } from 'payload'

import { assertPublicDestination, DestinationRefused } from '../../../distribution/outboundUrl'
import { translate } from '../../../i18n/translate'

/**
 * An upload from a URL (`{ "url": …, "filename": … }`) is fetched by Payload, which refuses private
 * and internal addresses with a plain error, answered as a 500. The same refusal here, before it,
 * is the client's mistake it is: a 400 naming `url`. Payload's own check stays behind this one.
 */
export const refusePrivateUrl: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  // Payload takes the URL out of the data before this hook (it is a source, not a field): read the request's.
  const url = (req.data as { url?: unknown } | undefined)?.url ?? (args as { data?: { url?: unknown } }).data?.url
  if ((operation !== 'create' && operation !== 'update') || typeof url !== 'string' || !/^[a-z][a-z\d+.-]*:/i.test(url))
    return args
  try {
    await assertPublicDestination(url, { allowPrivate: false })
  } catch (error) {
    if (!(error instanceof DestinationRefused)) throw error
    const message = translate(req, 'privateFileUrl', { reason: translate(req, error.problem.key, error.problem.vars) })
    throw new ValidationError({ collection: collection.slug, errors: [{ path: 'url', message }], req })
  }
  return args
}
