/**
 * The files one upload document owns: the original and each generated size. Documents name them;
 * the store (disk or bucket) holds them under the same names, after the document's prefix if any.
 */
export type UploadFile = { filename: string; mimeType?: string }

// filename, mimeType, sizes.<name>.{filename,mimeType}, prefix
type UploadDoc = Record<string, unknown>

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined)

export function uploadFiles(doc: UploadDoc): UploadFile[] {
  const files = new Map<string, UploadFile>()
  const add = (filename: unknown, mimeType: unknown) => {
    const name = text(filename)
    if (name && !files.has(name)) files.set(name, { filename: name, mimeType: text(mimeType) })
  }
  add(doc.filename, doc.mimeType)
  if (typeof doc.sizes === 'object' && doc.sizes !== null) {
    for (const size of Object.values(doc.sizes as Record<string, { filename?: unknown; mimeType?: unknown } | null>)) {
      add(size?.filename, size?.mimeType)
    }
  }
  return [...files.values()]
}

/** The document's folder in a bucket (storage plugins' `prefix` field); empty on local disk. */
export const prefixOf = (doc: UploadDoc): string => text(doc.prefix) ?? ''

/** Names that could escape the media folder are not files Payload wrote: they are refused. */
export const isPlainFilename = (name: string): boolean => !/[\\/\0]/.test(name) && name !== '.' && name !== '..'
