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

export function isAllowedUploadType(mime: string | undefined): mime is string {
  return mime !== undefined && mime in ALLOWED_UPLOAD_TYPES
}

/**
 * The file's name must say what its bytes are: files are served back under their name, and a JPEG
 * stored as `page.html` could be served, or saved by a reader, as a web page.
 */
export function extensionProblem(name: string, mime: string): string | undefined {
  const { label, extensions } = ALLOWED_UPLOAD_TYPES[mime]
  const extension = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase()
  if (extension && extensions.includes(extension)) return undefined
  const named = extension ? `is named .${extension}` : 'has no extension'
  return `"${name}" is a ${label} file but ${named}; name it .${extensions[0]}.`
}

export function tooLargeMessage(): string {
  return `The file is too large: the maximum is ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`
}
