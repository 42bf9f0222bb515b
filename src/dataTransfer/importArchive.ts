import { createLocalReq, type CollectionSlug, type GlobalSlug, type Payload, type PayloadRequest } from 'payload'

import { adapterSupport } from './adapters'
import type { ArchiveReader } from './archive'
import { ArchiveError, entries } from './format'
import { isPlainFilename, prefixOf, uploadFiles } from './media/files'
import { mediaStoreFromEnv, type MediaStore } from './media/store'
import { creationOrder } from './order'
import {
  referencesOf,
  withoutReferences,
  type BlockShape,
  type FieldShape,
  type Reference,
  type Schema,
} from './references'
import { isArchivedCollection, isArchivedGlobal } from './scope'
import { localeCodes, type TransferLog } from './exportArchive'

type Doc = Record<string, unknown> & { id: number | string }
type Version = {
  id: number | string
  parent?: number | string
  version: Record<string, unknown>
  createdAt: string
  updatedAt: string
  autosave?: boolean
  publishedLocale?: string
  snapshot?: true
}
type PendingFile = { store: MediaStore; prefix: string; filename: string; mimeType?: string; entry: string }

/**
 * Restores an archive into an empty database, in one transaction where the adapter has them: the
 * documents with their ids (each after those it refers to), then the versions, the globals, the
 * upload files, and whatever the adapter needs to carry on from the imported ids. Writes go
 * through the database adapter, so no hook runs: no workflow rule, delivery, audit entry or
 * notification is triggered, and `createdAt`/`updatedAt` stay as they were. If anything fails,
 * the transaction is rolled back and the files written so far are removed.
 */
export async function importArchive(
  payload: Payload,
  archive: ArchiveReader,
  options: { env: NodeJS.ProcessEnv; log: TransferLog },
): Promise<void> {
  const { log } = options
  const { manifest } = archive
  checkCompatible(payload, archive)
  const req = await createLocalReq({}, payload)
  await refuseUnlessEmpty(payload, req)
  const files = await plannedFiles(payload, archive, options.env)

  const docs = new Map<CollectionSlug, Doc[]>()
  for (const slug of Object.keys(manifest.collections) as CollectionSlug[])
    docs.set(slug, await archive.readLines<Doc>(entries.documents(slug)))

  // Ids come from the archive; the adapters only take them when told to (off in normal operation).
  payload.db.allowIDOnCreate = true
  const transactionID = await payload.db.beginTransaction()
  if (transactionID) req.transactionID = transactionID
  const written: PendingFile[] = []
  try {
    await writeDocuments(payload, docs, req)
    for (const [slug, list] of docs) {
      const versions = manifest.collections[slug].versions ? await writeVersions(payload, archive, slug, req) : 0
      log(`  ${slug}: ${list.length} documents${versions ? `, ${versions} versions` : ''}`)
    }
    for (const slug of Object.keys(manifest.globals) as GlobalSlug[]) await writeGlobal(payload, archive, slug, req)
    for (const file of files) {
      await file.store.write(file.prefix, file.filename, archive.open(file.entry), file.mimeType)
      written.push(file)
    }
    if (files.length) log(`  files: ${files.length}`)
    await adapterSupport(payload).afterImport?.(payload, req)
    if (transactionID) await payload.db.commitTransaction(transactionID)
  } catch (error) {
    if (transactionID) await payload.db.rollbackTransaction(transactionID).catch(() => {})
    for (const file of written) await file.store.remove(file.prefix, file.filename).catch(() => {})
    throw error
  }
}

function checkCompatible(payload: Payload, archive: ArchiveReader): void {
  const { manifest } = archive
  if (manifest.source.idType !== payload.db.defaultIDType) {
    throw new ArchiveError(
      `The archive's ids are of type "${manifest.source.idType}" (${manifest.source.adapter}) but this database uses "${payload.db.defaultIDType}" ids (${payload.db.name}): relationships could not be kept.`,
    )
  }
  const unknownCollections = Object.keys(manifest.collections).filter(
    (slug) => !payload.collections[slug as CollectionSlug] || !isArchivedCollection(slug),
  )
  if (unknownCollections.length)
    throw new ArchiveError(
      `The archive holds collections this application does not have: ${unknownCollections.join(', ')}.`,
    )
  const globals = new Set<string>(payload.config.globals.map((g) => g.slug))
  const unknownGlobals = Object.keys(manifest.globals).filter((slug) => !globals.has(slug) || !isArchivedGlobal(slug))
  if (unknownGlobals.length)
    throw new ArchiveError(`The archive holds globals this application does not have: ${unknownGlobals.join(', ')}.`)
  const locales = new Set(localeCodes(payload))
  const unknownLocales = manifest.locales.filter((code) => !locales.has(code))
  if (unknownLocales.length)
    throw new ArchiveError(
      `The archive has content in locales this application does not have: ${unknownLocales.join(', ')}.`,
    )
}

async function refuseUnlessEmpty(payload: Payload, req: PayloadRequest): Promise<void> {
  const found: string[] = []
  for (const collection of payload.config.collections.filter((c) => isArchivedCollection(c.slug))) {
    const slug = collection.slug as CollectionSlug
    const { totalDocs } = await payload.db.count({ collection: slug, req })
    if (totalDocs) found.push(`${slug} (${totalDocs})`)
    if (collection.versions) {
      const versions = await payload.db.countVersions({ collection: slug, req })
      if (versions.totalDocs) found.push(`${slug} versions (${versions.totalDocs})`)
    }
  }
  for (const global of payload.config.globals.filter((g) => isArchivedGlobal(g.slug))) {
    const doc = await payload.db.findGlobal({ slug: global.slug as GlobalSlug, req })
    if (doc && Object.keys(doc).length) found.push(`global ${global.slug}`)
  }
  if (found.length) {
    throw new ArchiveError(
      `The target database is not empty: ${found.join(', ')}. Import only into a new, migrated database; nothing was written.`,
    )
  }
}

/** The upload files to restore; refused up front if the target store already has one of them. */
async function plannedFiles(payload: Payload, archive: ArchiveReader, env: NodeJS.ProcessEnv): Promise<PendingFile[]> {
  const files: PendingFile[] = []
  for (const slug of Object.keys(archive.manifest.media) as CollectionSlug[]) {
    const upload = payload.collections[slug]?.config.upload
    if (!upload) throw new ArchiveError(`The archive has files for "${slug}", which is not an upload collection here.`)
    const store = mediaStoreFromEnv(env, upload.staticDir ?? '')
    const clashes: string[] = []
    for (const doc of await archive.readLines<Doc>(entries.documents(slug))) {
      for (const { filename, mimeType } of uploadFiles(doc)) {
        const entry = entries.media(slug, filename)
        if (!isPlainFilename(filename) || !archive.has(entry) || files.some((f) => f.entry === entry)) continue
        if (await store.exists(prefixOf(doc), filename)) clashes.push(filename)
        files.push({ store, prefix: prefixOf(doc), filename, mimeType, entry })
      }
    }
    if (clashes.length)
      throw new ArchiveError(
        `${store.description} already holds files the archive would restore (${clashes.slice(0, 5).join(', ')}${clashes.length > 5 ? ', …' : ''}); nothing was written.`,
      )
  }
  return files
}

const keyOf = (collection: string, id: number | string) => `${collection}\u0000${id}`

/**
 * Each document after those it refers to. A reference that cannot be satisfied in that order (a
 * cycle) is left out of the first write and restored by a second one once its target exists.
 */
async function writeDocuments(payload: Payload, docs: Map<CollectionSlug, Doc[]>, req: PayloadRequest): Promise<void> {
  const schema = schemaOf(payload)
  const fieldsOf = (slug: CollectionSlug) => payload.collections[slug].config.flattenedFields as unknown as FieldShape[]
  const byKey = new Map<string, { slug: CollectionSlug; doc: Doc }>()
  for (const [slug, list] of docs) for (const doc of list) byKey.set(keyOf(slug, doc.id), { slug, doc })
  const order = creationOrder(
    [...byKey].map(([key, { slug, doc }]) => ({
      key,
      references: referencesOf(fieldsOf(slug), doc, schema).map((r) => ({
        key: keyOf(r.collection, r.id),
        required: r.required,
      })),
    })),
  )
  const done = new Set<string>()
  const revisit: { slug: CollectionSlug; doc: Doc }[] = []
  for (const key of order) {
    const { slug, doc } = byKey.get(key)!
    let deferred = false
    const ready = (reference: Reference) => {
      const target = keyOf(reference.collection, reference.id)
      const keep = target === key || done.has(target) || !byKey.has(target)
      if (!keep) deferred = true
      return keep
    }
    const data = withoutReferences(fieldsOf(slug), doc, ready, schema)
    await payload.db.create({ collection: slug, data, req, returning: false })
    done.add(key)
    if (deferred) revisit.push({ slug, doc })
  }
  for (const { slug, doc } of revisit)
    await payload.db.updateOne({ collection: slug, id: doc.id, data: doc, req, returning: false })
}

function schemaOf(payload: Payload): Schema {
  const blocks = (payload.config.blocks ?? []) as unknown as BlockShape[]
  return { blocks: Object.fromEntries(blocks.map((block) => [block.slug, block])) }
}

/**
 * Versions get new ids (nothing refers to a version's id). Written oldest first per document, as
 * Payload wrote them: the adapter marks the newest one `latest`.
 */
async function writeVersions(
  payload: Payload,
  archive: ArchiveReader,
  slug: CollectionSlug,
  req: PayloadRequest,
): Promise<number> {
  const versions = await versionsOldestFirst(archive, entries.versions(slug))
  for (const version of versions) {
    if (version.parent === undefined || version.parent === null)
      throw new ArchiveError(`A version of ${slug} has no parent document.`)
    await payload.db.createVersion({ collectionSlug: slug, parent: version.parent, ...versionWrite(version, req) })
  }
  return versions.length
}

async function writeGlobal(
  payload: Payload,
  archive: ArchiveReader,
  slug: GlobalSlug,
  req: PayloadRequest,
): Promise<void> {
  const doc = await archive.readJson<Record<string, unknown>>(entries.global(slug))
  if (doc) await payload.db.createGlobal({ slug, data: doc, req, returning: false })
  for (const version of await versionsOldestFirst(archive, entries.globalVersions(slug))) {
    await payload.db.createGlobalVersion({ globalSlug: slug, ...versionWrite(version, req) })
  }
}

async function versionsOldestFirst(archive: ArchiveReader, entry: string): Promise<Version[]> {
  const versions = await archive.readLines<Version>(entry)
  return versions.sort((a, b) => a.updatedAt.localeCompare(b.updatedAt) || compareIds(a.id, b.id))
}

/** What a version write takes from the archived version, whether of a collection or a global. */
const versionWrite = (version: Version, req: PayloadRequest) => ({
  versionData: version.version,
  autosave: Boolean(version.autosave),
  createdAt: version.createdAt,
  updatedAt: version.updatedAt,
  publishedLocale: version.publishedLocale,
  snapshot: version.snapshot,
  req,
  returning: false as const,
})

const compareIds = (a: number | string, b: number | string) =>
  typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b))
