import type { GeneratePreviewURL, LivePreviewConfig, PayloadRequest } from 'payload'

import { isSiteType } from '../lib/sitePaths'
import { previewPath, previewToken } from './previewToken'

/**
 * The admin's own origin, as the browser sees it: the preview opens in an iframe of the admin, so
 * it must be the same origin for the session cookie and for live preview's messages.
 */
function adminOrigin(req: PayloadRequest): string | null {
  const host = (process.env.TRUST_PROXY === 'true' && req.headers.get('x-forwarded-host')) || req.headers.get('host')
  if (!host) return null
  const proto =
    (process.env.TRUST_PROXY === 'true' && req.headers.get('x-forwarded-proto')) ||
    (req.protocol ?? 'http:').replace(/:$/, '')
  return `${proto}://${host}`
}

function previewUrl(collection: string | undefined, id: unknown, req: PayloadRequest): string | null {
  if (!collection || !isSiteType(collection) || (typeof id !== 'string' && typeof id !== 'number') || !req.user)
    return null
  const origin = adminOrigin(req)
  return origin
    ? origin + previewPath(collection, id, previewToken({ collection, id, secret: req.payload.secret }, new Date()))
    : null
}

/** The "Aperçu" button of a piece's edit view. */
export const previewButtonFor =
  (collection: string): GeneratePreviewURL =>
  (doc, { req }) =>
    previewUrl(collection, doc.id, req)

/** Live preview: the site's page for the document, redrawn from the form as the editor types. */
export const livePreviewUrl: LivePreviewConfig['url'] = ({ collectionConfig, data, req }) =>
  previewUrl(collectionConfig?.slug, data?.id, req)
