import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { getPayload, type CollectionSlug, type FindArgs, type Payload, type PayloadRequest } from 'payload'
import * as tar from 'tar'

import { ArchiveReader } from '../../src/dataTransfer/archive'
import { ArchiveError, MANIFEST } from '../../src/dataTransfer/format'
import { uploadFiles } from '../../src/dataTransfer/media/files'
import { creationOrder, ReferenceCycleError } from '../../src/dataTransfer/order'
import { isArchivedCollection } from '../../src/dataTransfer/scope'
import { databaseAdapter } from '../../src/db/adapter'
import { closeDatabase } from '../../src/db/closeDatabase'
import { parseDatabaseUri } from '../../src/lib/databaseUri'
import { DEMO_PASSWORD, startTestApp, type TestApp } from '../helpers/app'
import { createEmptyPostgresDatabase, postgresTables } from '../helpers/emptyPostgres'
import { runScript, type ScriptRun } from '../helpers/process'
import { createTestDatabase, dropTestDatabase, newId, testDbKind, testRun } from '../helpers/testDatabase'

/*
 * Data safety: `npm run export` on the seeded newsroom in SQLite, `npm run import` of that archive
 * into an empty PostgreSQL database, both run as the real scripts in their own processes; then the
 * two databases are read back through the adapters and compared. Always SQLite → PostgreSQL,
 * whatever TEST_DB says (CI always has PostgreSQL).
 */

const NO_TRANSACTION = {} as PayloadRequest
// Join fields are derived from other documents; both sides are compared on what is stored.
const NO_JOINS = false as unknown as FindArgs['joins']

let app: TestApp
let target: Payload
let archive: string
let targetUri: string
let targetMedia: string
let exported: ScriptRun
let imported: ScriptRun
const databases: string[] = []
const opened: Payload[] = []

/** A second Payload on another database, in this process: the same config, another adapter. */
async function openPayload(uri: string): Promise<Payload> {
  const config = await (await import('../../payload.config')).default
  const db = (await databaseAdapter(parseDatabaseUri(uri))) as unknown as typeof config.db
  const payload = await getPayload({ config: { ...config, db }, key: `exportimport-${newId()}` })
  opened.push(payload)
  return payload
}

const archivedCollections = () => app.payload.config.collections.filter((c) => isArchivedCollection(c.slug))

async function documents(payload: Payload, collection: CollectionSlug): Promise<Record<string, unknown>[]> {
  const { docs } = await payload.db.find<Record<string, unknown>>({
    collection,
    locale: 'all',
    joins: NO_JOINS,
    pagination: false,
    sort: 'id',
    req: NO_TRANSACTION,
  })
  return docs
}

/** Versions are renumbered on import: compared in their order, without their own id. */
async function versions(payload: Payload, collection: CollectionSlug): Promise<Record<string, unknown>[]> {
  const { docs } = await payload.db.findVersions<Record<string, unknown>>({
    collection,
    locale: 'all',
    pagination: false,
    sort: 'id',
    req: NO_TRANSACTION,
  })
  return docs
    .map(({ id: _id, ...rest }) => rest as Record<string, unknown> & { parent: number; updatedAt: string })
    .sort((a, b) => a.parent - b.parent || a.updatedAt.localeCompare(b.updatedAt))
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

function filesOf(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {}
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [name, sha256(path.join(dir, name))]),
  )
}

beforeAll(async () => {
  // The source is SQLite whatever TEST_DB is: a clone of the run's migrated template when it is
  // SQLite, else a new file migrated here (the app expects its tables when it starts).
  let sourceUri: string
  if (testDbKind() === 'sqlite') sourceUri = await createTestDatabase('exportimport-source')
  else {
    sourceUri = `file:${path.join(testRun().dir, `exportimport-source-${newId()}.db`)}`
    const migrated = await runScript('scripts/migrate.ts', [], { DATABASE_URI: sourceUri })
    if (migrated.code !== 0) throw new Error(`migrating the SQLite source failed:\n${migrated.output}`)
  }
  app = await startTestApp('exportimport', { seed: 'content', env: { DATABASE_URI: sourceUri } })

  // Two drafts over a published article, each in its own locale: three versions, two locales.
  const { docs } = await app.payload.find({
    collection: 'articles',
    where: { _status: { equals: 'published' } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  await app.payload.update({
    collection: 'articles',
    id: docs[0].id,
    locale: 'en',
    draft: true,
    data: { title: 'An exported draft' },
    overrideAccess: true,
  })
  await app.payload.update({
    collection: 'articles',
    id: docs[0].id,
    locale: 'fr',
    draft: true,
    data: { title: 'Un brouillon exporté' },
    overrideAccess: true,
  })

  archive = path.join(testRun().dir, `newsroom-${newId()}.tar.gz`)
  exported = await runScript('scripts/export.ts', [archive], { DATABASE_URI: sourceUri, MEDIA_DIR: app.mediaDir })
  if (exported.code !== 0) throw new Error(`export failed:\n${exported.output}`)

  // Not migrated: the import brings the schema up to date itself.
  targetUri = await createEmptyPostgresDatabase('exportimport_target')
  databases.push(targetUri)
  targetMedia = path.join(testRun().dir, `media-import-${newId()}`)
  imported = await runScript('scripts/import.ts', [archive], { DATABASE_URI: targetUri, MEDIA_DIR: targetMedia })
  if (imported.code !== 0) throw new Error(`import failed:\n${imported.output}`)
  target = await openPayload(targetUri)
}, 300_000)

afterAll(async () => {
  for (const payload of opened) await closeDatabase(payload)
  await app?.close()
  for (const uri of databases) await dropTestDatabase(uri)
})

describe('npm run export', () => {
  test('archives every collection with all its versions, every locale and every media file', async () => {
    const reader = await ArchiveReader.open(archive)
    try {
      const { manifest } = reader
      expect(manifest).toMatchObject({
        format: 'newsroom-archive',
        formatVersion: 1,
        payloadVersion: '3.90.1',
        source: { adapter: 'sqlite', idType: 'number' },
        locales: ['fr', 'en'],
      })
      for (const collection of archivedCollections()) {
        const slug = collection.slug as CollectionSlug
        const expected = {
          documents: (await documents(app.payload, slug)).length,
          versions: collection.versions ? (await versions(app.payload, slug)).length : 0,
        }
        expect({ slug, counts: manifest.collections[slug] }).toEqual({ slug, counts: expected })
      }
      for (const leftOut of ['payload-migrations', 'payload-locked-documents', 'payload-kv'])
        expect(Object.keys(manifest.collections)).not.toContain(leftOut)
      expect(Object.keys(manifest.collections)).toEqual(
        expect.arrayContaining(['users', 'payload-jobs', 'payload-preferences', 'search', 'audit-log']),
      )
      const sourceFiles = readdirSync(app.mediaDir)
      expect(manifest.media.media).toEqual({ files: sourceFiles.length, bytes: expect.any(Number), missing: [] })

      // What the test relies on is really there: several versions, two locales, an image with sizes.
      const articleVersions = await reader.readLines<{ parent: number; version: { title?: Record<string, string> } }>(
        'collections/articles/versions.jsonl',
      )
      const perParent = new Map<number, number>()
      for (const v of articleVersions) perParent.set(v.parent, (perParent.get(v.parent) ?? 0) + 1)
      expect(Math.max(...perParent.values())).toBeGreaterThanOrEqual(3)
      expect(
        articleVersions.some(
          (v) => v.version.title?.fr === 'Un brouillon exporté' && v.version.title?.en === 'An exported draft',
        ),
      ).toBe(true)
      const media = await reader.readLines<Record<string, unknown>>('collections/media/documents.jsonl')
      expect(Math.max(...media.map((doc) => uploadFiles(doc).length))).toBe(5)
    } finally {
      await reader.close()
    }
    expect(exported.output).toMatch(/Export complete/)
  })
})

describe('npm run import into an empty PostgreSQL database', () => {
  test('restores every document of every collection, field by field, in every locale, with its id', async () => {
    expect(imported.output).toMatch(/Import complete/)
    for (const collection of archivedCollections()) {
      const slug = collection.slug as CollectionSlug
      const [source, restored] = [await documents(app.payload, slug), await documents(target, slug)]
      expect({ slug, docs: restored }).toEqual({ slug, docs: source })
    }
    const users = await documents(target, 'users')
    expect(users.every((user) => typeof user.hash === 'string' && typeof user.salt === 'string')).toBe(true)
  })

  test('restores every version of every versioned collection, drafts and the latest flags included', async () => {
    for (const collection of archivedCollections().filter((c) => c.versions)) {
      const slug = collection.slug as CollectionSlug
      expect({ slug, versions: await versions(target, slug) }).toEqual({
        slug,
        versions: await versions(app.payload, slug),
      })
    }
  })

  test('restores the original and every generated size of each upload, byte for byte', async () => {
    const source = filesOf(app.mediaDir)
    expect(Object.keys(source).length).toBeGreaterThanOrEqual(15 * 4)
    expect(filesOf(targetMedia)).toEqual(source)
  })

  test('a seeded user signs in with their password', async () => {
    const result = await target.login({
      collection: 'users',
      data: { email: 'editor@newsroom.test', password: DEMO_PASSWORD },
    })
    expect(result.token).toEqual(expect.any(String))
    await expect(
      target.login({ collection: 'users', data: { email: 'editor@newsroom.test', password: 'not-the-password' } }),
    ).rejects.toThrow()
  })

  test('new documents get ids after the imported ones', async () => {
    const before = await documents(target, 'topics')
    const topic = await target.create({
      collection: 'topics',
      data: { title: 'Créé après import' },
      overrideAccess: true,
    })
    expect(topic.id).toBeGreaterThan(Math.max(...before.map((t) => t.id as number)))
  })
})

describe('import refusals', () => {
  test('a database that is not empty is refused, and nothing is written', async () => {
    const count = async () =>
      Object.fromEntries(
        await Promise.all(
          archivedCollections().map(async (c) => [
            c.slug,
            (await target.db.count({ collection: c.slug as CollectionSlug, req: NO_TRANSACTION })).totalDocs,
          ]),
        ),
      )
    const before = await count()
    const filesBefore = filesOf(targetMedia)
    const run = await runScript('scripts/import.ts', [archive], { DATABASE_URI: targetUri, MEDIA_DIR: targetMedia })
    expect(run.code).toBe(1)
    expect(run.output).toMatch(/The target database is not empty: articles \(\d+\)/)
    expect(await count()).toEqual(before)
    expect(filesOf(targetMedia)).toEqual(filesBefore)
  })

  test('a truncated archive is refused with a clear message; the target stays empty', async () => {
    const truncated = path.join(testRun().dir, `truncated-${newId()}.tar.gz`)
    const bytes = readFileSync(archive)
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)))
    const empty = await createEmptyPostgresDatabase('exportimport_truncated')
    databases.push(empty)
    const media = path.join(testRun().dir, `media-truncated-${newId()}`)
    const run = await runScript('scripts/import.ts', [truncated], { DATABASE_URI: empty, MEDIA_DIR: media })
    expect(run.code).toBe(1)
    expect(run.output.trim().split('\n')).toEqual([
      expect.stringMatching(/is not a readable archive \(truncated or damaged gzip\/tar: .+\)\.$/),
    ])
    expect(run.output).toContain(truncated)
    expect(await postgresTables(empty)).toEqual([])
    expect(existsSync(media)).toBe(false)
  })

  test('an archive of an unknown format version, or with a damaged entry, is refused before anything is read', async () => {
    const dir = path.join(testRun().dir, `unpacked-${newId()}`)
    mkdirSync(dir)
    await tar.extract({ file: archive, cwd: dir })
    const repack = async (name: string, edit: () => void) => {
      edit()
      const file = path.join(testRun().dir, `${name}-${newId()}.tar.gz`)
      await tar.create({ gzip: true, file, cwd: dir }, readdirSync(dir))
      return file
    }
    const manifestPath = path.join(dir, MANIFEST)
    const original = readFileSync(manifestPath, 'utf8')
    const future = await repack('future', () =>
      writeFileSync(manifestPath, original.replace('"formatVersion": 1', '"formatVersion": 2')),
    )
    await expect(ArchiveReader.open(future)).rejects.toThrow(
      new ArchiveError('The archive has format version 2; this version of the platform reads format version 1 only.'),
    )
    const edited = await repack('edited', () => {
      writeFileSync(manifestPath, original)
      const topics = path.join(dir, 'collections/topics/documents.jsonl')
      writeFileSync(topics, readFileSync(topics, 'utf8').replace('"id":1,', '"id":999,'))
    })
    await expect(ArchiveReader.open(edited)).rejects.toThrow(
      new ArchiveError(
        'The archive is damaged: "collections/topics/documents.jsonl" does not match its checksum in the manifest.',
      ),
    )
    const foreign = path.join(testRun().dir, `foreign-${newId()}.tar.gz`)
    await tar.create({ gzip: true, file: foreign, cwd: dir }, ['collections'])
    await expect(ArchiveReader.open(foreign)).rejects.toThrow(
      new ArchiveError('The archive has no manifest.json: it was not written by npm run export.'),
    )
  })
})

describe('creation order', () => {
  const node = (key: string, ...references: [string, boolean][]) => ({
    key,
    references: references.map(([k, required]) => ({ key: k, required })),
  })

  test('each document after those it refers to', () => {
    expect(
      creationOrder([node('article', ['media', false], ['user', true]), node('media', ['user', false]), node('user')]),
    ).toEqual(['user', 'media', 'article'])
  })

  test('a cycle is broken at a reference that can wait, never at a required one', () => {
    // A meeting's decision requires its subject; the subject's list of meetings can be filled in later.
    expect(creationOrder([node('subject', ['meeting', false]), node('meeting', ['subject', true])])).toEqual([
      'subject',
      'meeting',
    ])
    expect(creationOrder([node('meeting', ['subject', true]), node('subject', ['meeting', false])])).toEqual([
      'subject',
      'meeting',
    ])
  })

  test('a cycle of required references is reported', () => {
    expect(() => creationOrder([node('a', ['b', true]), node('b', ['a', true])])).toThrow(ReferenceCycleError)
  })
})
