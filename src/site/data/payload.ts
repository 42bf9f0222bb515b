import config from '@payload-config'
import { createLocalReq, getPayload, type Payload, type PayloadRequest } from 'payload'

export const SITE_LOCALE = 'fr'

export const sitePayload = (): Promise<Payload> => getPayload({ config })

/**
 * A reader's request: no user, so the collections' own access rules decide what the site shows
 * (published and out of embargo), exactly as for any front-end calling the API anonymously.
 */
export async function readerRequest(): Promise<PayloadRequest> {
  return (await createLocalReq({ locale: SITE_LOCALE as never }, await sitePayload())) as PayloadRequest
}

/** The options every read of the site passes: the reader's rights, in French. */
export const asReader = (req: PayloadRequest) => ({ req, user: null, overrideAccess: false, locale: SITE_LOCALE as never, fallbackLocale: false as never })
