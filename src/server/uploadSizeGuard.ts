import type { RequestHandler } from 'express'
import type { SanitizedConfig } from 'payload'

import { say, translatorFor } from '../i18n/translate'
import { MAX_UPLOAD_BYTES, TOO_LARGE } from '../lib/uploadPolicy'
import { fetchHeaders } from './fetchBridge'

// Room for the multipart envelope and the document's other fields beside the file itself.
export const ENVELOPE_BYTES = 1024 * 1024

/**
 * Refuses a declared oversize body before reading it. Bodies without a length (chunked) still reach
 * Payload, whose size limit and the media hook answer 413 after the limit is crossed.
 */
export const uploadSizeGuard =
  (config: SanitizedConfig): RequestHandler =>
  async (req, res, next) => {
    const declared = Number(req.headers['content-length'] ?? 0)
    if (declared <= MAX_UPLOAD_BYTES + ENVELOPE_BYTES) return next()
    res
      .set('connection', 'close')
      .status(413)
      .json({ errors: [{ message: await tooLarge(config, req) }] })
  }

/** The size refusal in the language Payload would answer the request in. */
export async function tooLarge(config: SanitizedConfig, req: Parameters<RequestHandler>[0]): Promise<string> {
  const t = await translatorFor(config, fetchHeaders(req))
  return say(t, TOO_LARGE.key, TOO_LARGE.vars)
}
