import { createLocalReq, type CollectionSlug, type FindArgs, type GlobalSlug, type Payload } from 'payload'

import { adapterSupport } from './adapters'
import { ArchiveWriter } from './archive'
import { ARCHIVE_FORMAT, entries, FORMAT_VERSION, type Manifest } from './format'
import { isPlainFilename, prefixOf, uploadFiles } from './media/files'
import { mediaStoreFromEnv } from './media/store'
import { payloadVersion } from './payloadVersion'
import { isArchivedCollection, isArchivedGlobal } from './scope'

export type TransferLog = (line: string) => void

type Doc = Record<string, unknown>
type Page = { docs: Doc[]; hasNextPage: boolean }

const PAGE_SIZE = 500

// Join fields are computed from the documents that hold the relationship: there is nothing to store.
const NO_JOINS = false as unknown as FindArgs['joins']

/**
 * Writes the archive of everything the database holds (see ./scope for the few internal
 * collections left out) and of the upload files. Reads go through the database adapter, not the
 * Local API: no hooks, no access rules, hidden fields (password hashes) included, every locale.
 */
export async function exportArchive(
  payload: Payload,
  target: string,
  options: { env: NodeJS.ProcessEnv; log: TransferLog },
): Promise<Manifest> {
  const { log } = options
  const writer = await ArchiveWriter.create()
  const req = await createLocalReq({}, payload)
  const transactionID = await payload.db.beginTransaction(adapterSupport(payload).snapshot)
  if (transactionID) req.transactionID = transactionID
  try {
    const manifest: Omit<Manifest, 'files'> = {
      format: ARCHIVE_FORMAT,
      formatVersion: FORMAT_VERSION,
      payloadVersion: await payloadVersion(),
      createdAt: new Date().toISOString(),
      source: { adapter: payload.db.name, idType: payload.db.defaultIDType },
      locales: localeCodes(payload),
      collections: {},
      globals: {},
      media: {},
    }
    for (const collection of payload.config.collections.filter((c) => isArchivedCollection(c.slug))) {
      const slug = collection.slug as CollectionSlug
      const docs = await readAll((page) =>
        payload.db.find({
          collection: slug,
          locale: 'all',
          joins: NO_JOINS,
          limit: PAGE_SIZE,
          page,
          pagination: true,
          sort: 'id',
          req,
        }),
      )
      const versions = collection.versions
        ? await readAll(
            (page) =>
              payload.db.findVersions({
                collection: slug,
                locale: 'all',
                limit: PAGE_SIZE,
                page,
                pagination: true,
                sort: 'id',
                req,
              }) as Promise<Page>,
          )
        : []
      await writer.writeLines(entries.documents(slug), docs)
      if (versions.length) await writer.writeLines(entries.versions(slug), versions)
      manifest.collections[slug] = { documents: docs.length, versions: versions.length }
      log(`  ${slug}: ${docs.length} documents${collection.versions ? `, ${versions.length} versions` : ''}`)
      if (collection.upload) {
        const store = mediaStoreFromEnv(options.env, collection.upload.staticDir ?? '')
        manifest.media[slug] = await exportFiles(writer, slug, docs, store)
        const { files, bytes, missing } = manifest.media[slug]
        log(
          `  ${slug} files (${store.description}): ${files}, ${(bytes / 1024).toFixed(0)} KiB${missing.length ? `; MISSING ${missing.length}: ${missing.join(', ')}` : ''}`,
        )
      }
    }
    for (const global of payload.config.globals.filter((g) => isArchivedGlobal(g.slug))) {
      const slug = global.slug as GlobalSlug
      const doc = await payload.db.findGlobal({ slug, locale: 'all', req })
      const versions = global.versions
        ? await readAll(
            (page) =>
              payload.db.findGlobalVersions({
                global: slug,
                locale: 'all',
                limit: PAGE_SIZE,
                page,
                pagination: true,
                sort: 'id',
                req,
              }) as Promise<Page>,
          )
        : []
      if (doc && Object.keys(doc).length) await writer.writeJson(entries.global(slug), doc)
      if (versions.length) await writer.writeLines(entries.globalVersions(slug), versions)
      manifest.globals[slug] = { versions: versions.length }
      log(`  global ${slug}${versions.length ? `: ${versions.length} versions` : ''}`)
    }
    const finished = await writer.finish(manifest, target)
    log(`Archive written: ${target} (${(finished.bytes / 1024).toFixed(0)} KiB)`)
    return { ...manifest, files: {} }
  } catch (error) {
    await writer.discard()
    throw error
  } finally {
    // Read-only: ending it either way releases the snapshot.
    if (transactionID) await payload.db.rollbackTransaction(transactionID)
  }
}

async function readAll(read: (page: number) => Promise<Page>): Promise<Doc[]> {
  const docs: Doc[] = []
  for (let page = 1; ; page += 1) {
    const result = await read(page)
    docs.push(...result.docs)
    if (!result.hasNextPage) return docs
  }
}

async function exportFiles(
  writer: ArchiveWriter,
  slug: string,
  docs: Doc[],
  store: ReturnType<typeof mediaStoreFromEnv>,
): Promise<Manifest['media'][string]> {
  const summary = { files: 0, bytes: 0, missing: [] as string[] }
  const seen = new Set<string>()
  for (const doc of docs) {
    for (const { filename } of uploadFiles(doc)) {
      if (seen.has(filename)) continue
      seen.add(filename)
      const content = isPlainFilename(filename) ? await store.read(prefixOf(doc), filename) : null
      if (!content) {
        summary.missing.push(filename)
        continue
      }
      const entry = await writer.writeFile(entries.media(slug, filename), content)
      summary.files += 1
      summary.bytes += entry.bytes
    }
  }
  return summary
}

export function localeCodes(payload: Payload): string[] {
  const localization = payload.config.localization
  return localization ? localization.localeCodes : []
}
