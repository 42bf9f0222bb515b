import { readdirSync } from 'node:fs'

import type { Media } from '../../src/payload-types'
import { startTestApp, type TestApp } from '../helpers/app'
import { jpeg, uploadForm } from '../helpers/images'
import { startS3rver, type TestBucket } from '../helpers/s3rver'

let bucket: TestBucket
let app: TestApp
let doc: Media

beforeAll(async () => {
  bucket = await startS3rver()
  app = await startTestApp('media_s3', { seed: true, env: bucket.env })

  const form = uploadForm(await jpeg(2000, 1400), 'quay.jpg', 'image/jpeg', { alt: 'The quay at dusk' })
  const token = await app.login('journalist@newsroom.test')
  const response = await app.request('/api/media', { method: 'POST', body: form, token })
  expect(response.status).toBe(201)
  ;({ doc } = (await response.json()) as { doc: Media })
})

afterAll(async () => {
  await app?.close()
  await bucket?.close()
})

/** [filename, mimeType] of the original and of each size. */
const storedFiles = () =>
  [doc, ...Object.values(doc.sizes!)].map(({ filename, mimeType }) => [filename!, mimeType!] as const)

describe('with S3 configured', () => {
  test('the original and every size are in the bucket', async () => {
    const keys = await bucket.keys()
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
      expect(Buffer.from(await response.arrayBuffer()).equals(await bucket.objectBytes(filename))).toBe(true)
    }
  })
})
