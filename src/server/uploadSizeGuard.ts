import type { RequestHandler } from 'express'

import { MAX_UPLOAD_BYTES, tooLargeMessage } from '../lib/uploadPolicy'

// Room for the multipart envelope and the document's other fields beside the file itself.
export const ENVELOPE_BYTES = 1024 * 1024

/**
 * Refuses a declared oversize body before reading it. Bodies without a length (chunked) still reach
 * Payload, whose size limit and the media hook answer 413 after the limit is crossed.
 */
export const uploadSizeGuard: RequestHandler = (req, res, next) => {
  const declared = Number(req.headers['content-length'] ?? 0)
  if (declared > MAX_UPLOAD_BYTES + ENVELOPE_BYTES) {
    res
      .set('connection', 'close')
      .status(413)
      .json({ errors: [{ message: tooLargeMessage() }] })
    return
  }
  next()
}
