import pg from 'pg'

import type { Media } from '../../src/payload-types'
import { startTestApp, type TestApp } from '../helpers/app'
import { createEmptyPostgresDatabase } from '../helpers/emptyPostgres'
import { jpeg, pdf, uploadForm } from '../helpers/images'
import { runScript } from '../helpers/process'
import { startS3rver, type TestBucket } from '../helpers/s3rver'
import { dropTestDatabase, newId, testRun } from '../helpers/testDatabase'

/*
 * Export and import with media in S3: the archive takes the files from the source's bucket, and the
 * import puts them in the target's bucket, under the same keys, byte for byte.
 */

let source: TestBucket
let target: TestBucket
let app: TestApp
let targetUri: string
let uploaded: Media[]
let importOutput: string

beforeAll(async () => {
  ;[source, target] = await Promise.all([startS3rver('media-source'), startS3rver('media-target')])
  app = await startTestApp('exportimport_s3', { seed: true, env: source.env })
  const token = await app.login('journalist@newsroom.test')
  const files = [
    uploadForm(await jpeg(1800, 1200), 'quai.jpg', 'image/jpeg', { alt: 'Le quai' }),
    uploadForm(pdf(), 'guide.pdf', 'application/pdf', { alt: 'Le guide' }),
  ]
  uploaded = []
  for (const form of files) {
    const response = await app.request('/api/media', { method: 'POST', body: form, token })
    expect(response.status).toBe(201)
    uploaded.push(((await response.json()) as { doc: Media }).doc)
  }

  const archive = `${testRun().dir}/newsroom-s3-${newId()}.tar.gz`
  const exported = await runScript('scripts/export.ts', [archive], { DATABASE_URI: app.databaseUri, ...source.env })
  if (exported.code !== 0) throw new Error(`export failed:\n${exported.output}`)
  targetUri = await createEmptyPostgresDatabase('exportimport_s3_target')
  const imported = await runScript('scripts/import.ts', [archive], { DATABASE_URI: targetUri, ...target.env })
  if (imported.code !== 0) throw new Error(`import failed:\n${imported.output}`)
  importOutput = imported.output
}, 300_000)
afterAll(async () => {
  await app?.close()
  await Promise.all([source?.close(), target?.close()])
  if (targetUri) await dropTestDatabase(targetUri)
})

test('every object of the source bucket is in the target bucket, byte for byte', async () => {
  const keys = (await source.keys()).sort()
  // The JPEG's original and its four sizes, and the PDF.
  expect(keys).toHaveLength(6)
  expect((await target.keys()).sort()).toEqual(keys)
  for (const key of keys) expect((await target.objectBytes(key)).equals(await source.objectBytes(key))).toBe(true)
})

test('the media documents are in the target database with their ids and file names', async () => {
  const client = new pg.Client({ connectionString: targetUri })
  await client.connect()
  try {
    const { rows } = await client.query<{ id: number; filename: string }>('SELECT id, filename FROM media ORDER BY id')
    expect(rows).toEqual(uploaded.map(({ id, filename }) => ({ id, filename })))
  } finally {
    await client.end()
  }
  // The bucket's credentials are never printed.
  expect(importOutput).not.toContain(source.env.S3_SECRET_ACCESS_KEY)
})
