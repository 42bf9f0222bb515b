import { fileTypeFromBuffer } from 'file-type'
import { APIError, ValidationError, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'
import sharp from 'sharp'

import { translate } from '../../../i18n/translate'
import type { UploadProblem } from '../../../i18n/uploads'
import { activeContentProblem } from '../../../lib/activeContent'
import {
  ALLOWED_UPLOAD_TYPES,
  MAX_IMAGE_PIXELS,
  TOO_LARGE,
  extensionProblem,
  isAllowedUploadType,
  wrongTypeProblem,
} from '../../../lib/uploadPolicy'

const say = (req: PayloadRequest, { key, vars }: UploadProblem) => translate(req, key, vars)
const refuser = (req: PayloadRequest) => (problem: UploadProblem) =>
  new ValidationError({ errors: [{ message: say(req, problem), path: 'file' }], req })

/**
 * Decides what a file is from its bytes before Payload stores anything. Payload's own check falls
 * back to the file name when the bytes say nothing (an HTML page named `.png` would pass), and a
 * file cut short by the size limit would otherwise be stored truncated. The name must then agree
 * with the bytes, and the bytes must hold nothing else a browser or a reader would run.
 */
export const checkUploadedFile: CollectionBeforeOperationHook = async ({ operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return
  const file = req.file as (typeof req.file & { truncated?: boolean }) | undefined
  if (!file) return
  const refuse = refuser(req)
  if (file.truncated) throw new APIError(say(req, TOO_LARGE), 413)
  if (!file.data?.length) throw refuse({ key: 'uploadEmpty' })

  const detected = await fileTypeFromBuffer(file.data)
  if (!isAllowedUploadType(detected?.mime)) throw refuse(wrongTypeProblem(file.name, detected?.mime))
  const problem = extensionProblem(file.name, detected.mime) ?? activeContentProblem(file.data, detected.mime)
  if (problem) throw refuse(problem)
  if (detected.mime.startsWith('image/'))
    await checkImage(file.data, ALLOWED_UPLOAD_TYPES[detected.mime].label, refuse)
  // Downstream code (sizes, stored mimeType) trusts the bytes, never the client's header.
  file.mimetype = detected.mime
}

async function checkImage(
  data: Buffer,
  label: string,
  refuse: (problem: UploadProblem) => ValidationError,
): Promise<void> {
  const unreadable = () => refuse({ key: 'uploadUnreadable', vars: { label } })
  let width: number | undefined
  let height: number | undefined
  let pages: number | undefined
  try {
    // Only the header is read here, so no pixel limit yet: the cap below gives the clearer message.
    ;({ width, height, pages } = await sharp(data, { limitInputPixels: false }).metadata())
  } catch {
    throw unreadable()
  }
  if (!width || !height) throw refuse({ key: 'uploadNoDimensions', vars: { label } })
  // A GIF's frames are drawn on a canvas whose size its header states apart from the frames'.
  const canvas = label === 'GIF' ? gifCanvas(data) : undefined
  if (canvas && canvas.width * canvas.height > width * height) ({ width, height } = canvas)
  // Animations are resized frame by frame, so every frame counts.
  const frames = pages ?? 1
  if (width * height * frames > MAX_IMAGE_PIXELS) {
    const vars = { width, height, frames, max: MAX_IMAGE_PIXELS / 1_000_000 }
    throw refuse({ key: frames > 1 ? 'uploadTooManyPixelsFrames' : 'uploadTooManyPixels', vars })
  }
  // metadata() reads only the header, so a file cut short still looks whole; decoding it (streamed,
  // within the pixel cap) finds the gap here rather than in Payload's resize, whose error is generic.
  try {
    await sharp(data, { limitInputPixels: MAX_IMAGE_PIXELS }).stats()
  } catch {
    throw unreadable()
  }
}

/** The logical screen of a GIF: two little-endian 16-bit numbers after the 6-byte signature. */
const gifCanvas = (data: Buffer) => (data.length >= 10 ? { width: data.readUInt16LE(6), height: data.readUInt16LE(8) } : undefined)
