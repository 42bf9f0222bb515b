import type { UploadProblem } from '../i18n/uploads'

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024

/** Images beyond this many pixels are refused before decoding, so a small file cannot expand into gigabytes. */
export const MAX_IMAGE_PIXELS = 100_000_000

type UploadType = { label: string; extensions: readonly string[] }

export const ALLOWED_UPLOAD_TYPES: Record<string, UploadType> = {
  'image/jpeg': { label: 'JPEG', extensions: ['jpg', 'jpeg', 'jpe', 'jfif'] },
  'image/png': { label: 'PNG', extensions: ['png'] },
  'image/webp': { label: 'WebP', extensions: ['webp'] },
  'image/avif': { label: 'AVIF', extensions: ['avif'] },
  'image/gif': { label: 'GIF', extensions: ['gif'] },
  'application/pdf': { label: 'PDF', extensions: ['pdf'] },
}

export const ALLOWED_MIME_TYPES = Object.keys(ALLOWED_UPLOAD_TYPES)

export function describeAllowedTypes(): string {
  return Object.values(ALLOWED_UPLOAD_TYPES)
    .map(({ label }) => label)
    .join(', ')
}

/** A file whose bytes are not one of the allowed types. */
export const wrongTypeProblem = (name: string, mime: string | undefined): UploadProblem =>
  mime
    ? { key: 'uploadWrongType', vars: { name, mime, allowed: describeAllowedTypes() } }
    : { key: 'uploadUnknownType', vars: { name, allowed: describeAllowedTypes() } }

export function isAllowedUploadType(mime: string | undefined): mime is string {
  return mime !== undefined && mime in ALLOWED_UPLOAD_TYPES
}

/**
 * The file's name must say what its bytes are: files are served back under their name, and a JPEG
 * stored as `page.html` could be served, or saved by a reader, as a web page.
 */
export function extensionProblem(name: string, mime: string): UploadProblem | undefined {
  const { label, extensions } = ALLOWED_UPLOAD_TYPES[mime]
  const extension = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase()
  if (extension && extensions.includes(extension)) return undefined
  const vars = { name, label, expected: extensions[0] }
  return extension ? { key: 'uploadWrongExtension', vars: { ...vars, extension } } : { key: 'uploadNoExtension', vars }
}

export const TOO_LARGE: UploadProblem = { key: 'uploadTooLarge', vars: { max: MAX_UPLOAD_BYTES / 1024 / 1024 } }
