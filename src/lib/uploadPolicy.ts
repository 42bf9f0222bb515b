export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024

/** Images beyond this many pixels are refused before decoding, so a small file cannot expand into gigabytes. */
export const MAX_IMAGE_PIXELS = 100_000_000

export const ALLOWED_UPLOAD_TYPES: Record<string, string> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
  'image/avif': 'AVIF',
  'image/gif': 'GIF',
  'application/pdf': 'PDF',
}

export const ALLOWED_MIME_TYPES = Object.keys(ALLOWED_UPLOAD_TYPES)

export function describeAllowedTypes(): string {
  return Object.values(ALLOWED_UPLOAD_TYPES).join(', ')
}

export function isAllowedUploadType(mime: string | undefined): mime is string {
  return mime !== undefined && mime in ALLOWED_UPLOAD_TYPES
}

export function tooLargeMessage(): string {
  return `The file is too large: the maximum is ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`
}
