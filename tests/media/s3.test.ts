import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import type { Media } from '../../src/payload-types'
import { startTestApp, type TestApp } from '../helpers/app'
import { jpeg, uploadForm } from '../helpers/images'
import { testRun } from '../helpers/testDatabase'

// s3rver ships no types; its JS API is all this test needs.
type S3rver = { run: () => Promise<AddressInfo>; close: () => Promise<void> }
const S3rver = createRequire(import.meta.url)('s3rver') as new (options: object) => S3rver

const BUCKET = 'media'
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }

let s3rver: S3rver
let s3: S3Client
let s3Dir: string
let app: TestApp
let doc: Media

beforeAll(async () => {
  s3Dir = mkdtempSync(path.join(testRun().dir, 's3rver-'))
  s3rver = new S3rver({ address: '127.0.0.1', port: 0, directory: s3Dir, silent: true, configureBuckets: [{ name: BUCKET }] })
  const { port } = await s3rver.run()
  const endpoint = `http://127.0.0.1:${port}`
  s3 = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: CREDENTIALS })

  app = await startTestApp('media_s3', {
    seed: true,
    env: {
      S3_BUCKET: BUCKET,
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
      S3_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
      S3_FORCE_PATH_STYLE: 'true',
    },
  })

  const form = uploadForm(await jpeg(2000, 1400), 'quay.jpg', 'image/jpeg', { alt: 'The quay at dusk' })
  const token = await app.login('journalist@newsroom.test')
  const response = await app.request('/api/media', { method: 'POST', body: form, token })
  expect(response.status).toBe(201)
  ;({ doc } = (await response.json()) as { doc: Media })
})

afterAll(async () => {
  await app?.close()
  s3?.destroy()
  await s3rver?.close()
  rmSync(s3Dir, { recursive: true, force: true })
})

/** [filename, mimeType] of the original and of each size. */
const storedFiles = () =>
  [doc, ...Object.values(doc.sizes!)].map(({ filename, mimeType }) => [filename!, mimeType!] as const)

async function objectBytes(key: string): Promise<Buffer> {
  const object = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }))
  return Buffer.from(await object.Body!.transformToByteArray())
}

describe('with S3 configured', () => {
  test('the original and every size are in the bucket', async () => {
    const { Contents = [] } = await s3.send(new ListObjectsV2Command({ Bucket: BUCKET }))
    const keys = Contents.map((object) => object.Key)
    expect(Object.keys(doc.sizes!).sort()).toEqual(['card', 'hero', 'og', 'thumbnail'])
    expect(storedFiles().map(([, mimeType]) => mimeType)).toEqual(['image/jpeg', ...Array(4).fill('image/webp')])
    expect(keys.sort()).toEqual(expect.arrayContaining(storedFiles().map(([filename]) => filename)))
  })

  test('nothing is written to the local media directory', () => {
    expect(readdirSync(app.mediaDir)).toEqual([])
  })

  test('the server serves the original and every size from the bucket', async () => {
    for (const [filename, mimeType] of storedFiles()) {
      const response = await fetch(`${app.url}/api/media/file/${encodeURIComponent(filename)}`)
      expect({ filename, status: response.status, type: response.headers.get('content-type') }).toEqual({ filename, status: 200, type: mimeType })
      expect(Buffer.from(await response.arrayBuffer()).equals(await objectBytes(filename))).toBe(true)
    }
  })
})
