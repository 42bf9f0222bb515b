/**
 * The archive format: a gzipped tar holding `manifest.json` (first, so that a reader can tell what
 * it holds before anything else), one JSON-lines file per collection for its documents and one for
 * its versions, one JSON file per global, and the upload files under `media/`. Documents are stored
 * as the database adapter returns them: every locale under its code, hidden fields included, ids as
 * they were. The manifest lists every other entry with its size and SHA-256, so that a damaged or
 * edited archive is refused before anything is written.
 */
export const ARCHIVE_FORMAT = 'newsroom-archive'

/** Raised when this format changes in a way older readers cannot follow. */
export const FORMAT_VERSION = 1

export type FileEntry = { bytes: number; sha256: string }

export type Manifest = {
  format: typeof ARCHIVE_FORMAT
  formatVersion: number
  /** The Payload version that wrote it: the schema of its documents. */
  payloadVersion: string
  createdAt: string
  source: { adapter: string; idType: 'number' | 'text' }
  locales: string[]
  collections: Record<string, { documents: number; versions: number }>
  globals: Record<string, { versions: number }>
  /** Upload files per collection; `missing` are files that documents name but the source did not have. */
  media: Record<string, { files: number; bytes: number; missing: string[] }>
  files: Record<string, FileEntry>
}

export const MANIFEST = 'manifest.json'

export const entries = {
  documents: (collection: string) => `collections/${collection}/documents.jsonl`,
  versions: (collection: string) => `collections/${collection}/versions.jsonl`,
  global: (slug: string) => `globals/${slug}/document.json`,
  globalVersions: (slug: string) => `globals/${slug}/versions.jsonl`,
  media: (collection: string, key: string) => `media/${collection}/${key}`,
}

export class ArchiveError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ArchiveError'
  }
}

/** A relative path inside the archive, without `..`: what the reader may create in its folder. */
export function isSafeEntryName(name: string): boolean {
  if (!name || name.startsWith('/') || name.includes('\\') || name.includes('\0')) return false
  return name.split('/').every((part) => part !== '' && part !== '.' && part !== '..')
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0

/** Checks a parsed `manifest.json`; the message says what is wrong with it. */
export function parseManifest(value: unknown): Manifest {
  const fail = (what: string): never => {
    throw new ArchiveError(`The archive's manifest is invalid: ${what}.`)
  }
  if (!isRecord(value)) return fail('it is not a JSON object')
  if (value.format !== ARCHIVE_FORMAT)
    return fail(
      `"format" is ${JSON.stringify(value.format)}, expected "${ARCHIVE_FORMAT}" (not an archive written by npm run export)`,
    )
  if (value.formatVersion !== FORMAT_VERSION) {
    throw new ArchiveError(
      `The archive has format version ${JSON.stringify(value.formatVersion)}; this version of the platform reads format version ${FORMAT_VERSION} only.`,
    )
  }
  if (typeof value.payloadVersion !== 'string') fail('"payloadVersion" is missing')
  if (typeof value.createdAt !== 'string' || Number.isNaN(Date.parse(value.createdAt)))
    fail('"createdAt" is not a date')
  const source = value.source
  if (
    !isRecord(source) ||
    typeof source.adapter !== 'string' ||
    (source.idType !== 'number' && source.idType !== 'text')
  )
    fail('"source" needs "adapter" and "idType" ("number" or "text")')
  if (!Array.isArray(value.locales) || !value.locales.every((l) => typeof l === 'string'))
    fail('"locales" is not a list of locale codes')
  const collections = value.collections
  if (!isRecord(collections)) return fail('"collections" is missing')
  for (const [slug, counts] of Object.entries(collections)) {
    if (!isRecord(counts) || !isCount(counts.documents) || !isCount(counts.versions))
      fail(`collection "${slug}" needs "documents" and "versions" counts`)
  }
  const globals = value.globals
  if (!isRecord(globals)) return fail('"globals" is missing')
  for (const [slug, counts] of Object.entries(globals)) {
    if (!isRecord(counts) || !isCount(counts.versions)) fail(`global "${slug}" needs a "versions" count`)
  }
  const media = value.media
  if (!isRecord(media)) return fail('"media" is missing')
  for (const [slug, summary] of Object.entries(media)) {
    if (!isRecord(summary) || !isCount(summary.files) || !isCount(summary.bytes) || !Array.isArray(summary.missing))
      fail(`media of "${slug}" need "files", "bytes" and "missing"`)
  }
  const files = value.files
  if (!isRecord(files)) return fail('"files" is missing')
  for (const [name, entry] of Object.entries(files)) {
    if (!isSafeEntryName(name) || name === MANIFEST)
      fail(`file name ${JSON.stringify(name)} is not a relative path inside the archive`)
    if (
      !isRecord(entry) ||
      !isCount(entry.bytes) ||
      typeof entry.sha256 !== 'string' ||
      !/^[0-9a-f]{64}$/.test(entry.sha256)
    )
      fail(`file "${name}" needs "bytes" and a hex "sha256"`)
  }
  return value as Manifest
}
