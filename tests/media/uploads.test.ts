import { readdirSync, readFileSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import sharp from 'sharp'

import { MAX_UPLOAD_BYTES } from '../../src/lib/uploadPolicy'
import type { Media } from '../../src/payload-types'
import { startTestApp, type TestApp } from '../helpers/app'
import { html, jpeg, oversizeJpeg, pdf, svg, uploadForm } from '../helpers/images'

type SizeName = keyof NonNullable<Media['sizes']>
type ErrorBody = { errors: { message: string; data?: { errors?: { path: string; message: string }[] } }[] }

const EXPECTED_SIZES: Record<SizeName, { width: number; height: number }> = {
  thumbnail: { width: 400, height: 280 },
  card: { width: 768, height: 538 },
  hero: { width: 1600, height: 1120 },
  og: { width: 1200, height: 630 },
}

let app: TestApp
let token: string

beforeAll(async () => {
  app = await startTestApp('media', { seed: true })
  token = await app.login('journalist@newsroom.test')
})
afterAll(() => app.close())

function upload(file: Buffer, name: string, type: string, data: object | undefined = { alt: 'A test image' }) {
  return app.request('/api/media', { method: 'POST', body: uploadForm(file, name, type, data), token })
}

/** What a refused upload must leave untouched: the media documents and the files on disk. */
async function stored() {
  const { totalDocs } = await app.payload.count({ collection: 'media', overrideAccess: true })
  return { totalDocs, files: readdirSync(app.mediaDir).sort() }
}

async function expectRefused(response: Response, status: number, before: Awaited<ReturnType<typeof stored>>) {
  expect(response.status).toBe(status)
  const body = (await response.json()) as ErrorBody
  expect(body.errors[0].message).toEqual(expect.any(String))
  expect(await stored()).toEqual(before)
  return body
}

describe('a JPEG upload', () => {
  let doc: Media
  const size = (name: string) => doc.sizes![name as SizeName]!

  beforeAll(async () => {
    const response = await upload(await jpeg(2000, 1400), 'harbour.jpg', 'image/jpeg')
    expect(response.status).toBe(201)
    ;({ doc } = (await response.json()) as { doc: Media })
  })

  test('creates every size as WebP with the configured dimensions', () => {
    expect(doc.mimeType).toBe('image/jpeg')
    for (const [name, { width, height }] of Object.entries(EXPECTED_SIZES)) {
      expect({ name, ...size(name) }).toMatchObject({ name, width, height, mimeType: 'image/webp', filename: expect.stringMatching(/\.webp$/) })
    }
  })

  test('writes the original and every size to the media directory', async () => {
    expect(readFileSync(path.join(app.mediaDir, doc.filename!)).subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]))
    for (const [name, { width, height }] of Object.entries(EXPECTED_SIZES)) {
      const file = readFileSync(path.join(app.mediaDir, size(name).filename!))
      expect(await sharp(file).metadata()).toMatchObject({ format: 'webp', width, height })
    }
  })

  test('serves every size through the server as WebP', async () => {
    for (const [name, { width, height }] of Object.entries(EXPECTED_SIZES)) {
      const response = await fetch(new URL(size(name).url!, app.url))
      expect({ name, status: response.status, type: response.headers.get('content-type') }).toEqual({ name, status: 200, type: 'image/webp' })
      const bytes = Buffer.from(await response.arrayBuffer())
      expect(await sharp(bytes).metadata()).toMatchObject({ format: 'webp', width, height })
    }
  })
})

describe('files that are not what they claim are refused', () => {
  test('an SVG is refused with 400 and nothing is stored', async () => {
    const before = await stored()
    const body = await expectRefused(await upload(svg(), 'logo.svg', 'image/svg+xml'), 400, before)
    expect(JSON.stringify(body)).toMatch(/les types acceptés sont/)
  })

  test('an HTML page named .png and sent as image/png is refused with 400 and nothing is stored', async () => {
    const before = await stored()
    const body = await expectRefused(await upload(html(), 'photo.png', 'image/png'), 400, before)
    expect(JSON.stringify(body)).toMatch(/photo\.png.*les types acceptés sont/)
  })

  test('a JPEG cut in half is refused with 400 and nothing is stored', async () => {
    const whole = await jpeg(2000, 1400)
    const before = await stored()
    const body = await expectRefused(await upload(whole.subarray(0, whole.length / 2), 'half.jpg', 'image/jpeg'), 400, before)
    expect(JSON.stringify(body)).toMatch(/endommagé ou incomplet/)
  })
})

describe('files over the 20 MB limit are refused with 413', () => {
  let big: Buffer
  beforeAll(async () => {
    big = await oversizeJpeg(21 * 1024 * 1024)
  })

  test('a declared oversize body is refused before it is read', async () => {
    const before = await stored()
    // Only the first bytes are sent: an answer can only come from the length the client declared.
    const { status, body } = await rawUpload(multipart(big), 'declared-length-partial-body')
    expect(status).toBe(413)
    expect(body.errors[0].message).toMatch(/trop volumineux.*20 Mo/)
    expect(await stored()).toEqual(before)
  })

  test('a client sending the whole declared body receives the 413 and its message', async () => {
    const before = await stored()
    const body = await expectRefused(await upload(big, 'big.jpg', 'image/jpeg'), 413, before)
    expect(body.errors[0].message).toMatch(/trop volumineux.*20 Mo/)
  })

  test('a chunked body without a length is cut at the limit and refused', async () => {
    const before = await stored()
    const { status, body } = await rawUpload(multipart(big), 'chunked')
    expect(status).toBe(413)
    expect(body.errors[0].message).toMatch(/trop volumineux.*20 Mo/)
    expect(await stored()).toEqual(before)
  })
})

const multipart = (file: Buffer) => new Response(uploadForm(file, 'big.jpg', 'image/jpeg', { alt: 'Too big' }))

/**
 * node:http, because fetch always declares a FormData body's length and always sends all of it.
 * `chunked` sends the whole body without a length; the other mode declares the true length and
 * stops after the first 64 KiB, so only an answer given before reading the body can arrive.
 */
async function rawUpload(form: Response, mode: 'chunked' | 'declared-length-partial-body'): Promise<{ status: number; body: ErrorBody }> {
  const bytes = Buffer.from(await form.arrayBuffer())
  expect(bytes.length).toBeGreaterThan(MAX_UPLOAD_BYTES)
  const length = mode === 'chunked' ? { 'transfer-encoding': 'chunked' } : { 'content-length': String(bytes.length) }
  return new Promise((resolve, reject) => {
    const req = http.request(`${app.url}/api/media`, {
      method: 'POST',
      headers: { authorization: `JWT ${token}`, 'content-type': form.headers.get('content-type')!, ...length },
    })
    req.on('error', reject)
    req.on('response', (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (text += chunk))
      res.on('end', () => {
        resolve({ status: res.statusCode!, body: JSON.parse(text) as ErrorBody })
        req.destroy()
      })
    })
    if (mode === 'declared-length-partial-body') {
      req.write(bytes.subarray(0, 64 * 1024))
      return
    }
    const chunk = 1024 * 1024
    for (let offset = 0; offset < bytes.length; offset += chunk) req.write(bytes.subarray(offset, offset + chunk))
    req.end()
  })
}

describe('other uploads', () => {
  test('a picture smaller than a social card still gets its 1200×630 og size', async () => {
    const response = await upload(await jpeg(800, 500), 'small.jpg', 'image/jpeg')
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: Media }
    expect(doc.sizes?.og).toMatchObject({ width: 1200, height: 630, mimeType: 'image/webp' })
  })

  test('a PDF is accepted and stored as it came', async () => {
    const file = pdf()
    const response = await upload(file, 'report.pdf', 'application/pdf')
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: Media }
    expect(doc.mimeType).toBe('application/pdf')
    expect(readFileSync(path.join(app.mediaDir, doc.filename!))).toEqual(file)
  })

  test('uploads of one file name at the same moment are all kept, each under its own name', async () => {
    const widths = [300, 310, 320, 330]
    const responses = await Promise.all(widths.map(async (width) => upload(await jpeg(width, 200), 'same-name.jpg', 'image/jpeg')))
    expect(responses.map((r) => r.status)).toEqual(widths.map(() => 201))
    const docs = await Promise.all(responses.map(async (r) => ((await r.json()) as { doc: Media }).doc))
    expect(new Set(docs.map((doc) => doc.filename)).size).toBe(widths.length)
    // Each name holds the picture that was sent under it, not another upload's.
    for (const [i, doc] of docs.entries()) expect((await sharp(readFileSync(path.join(app.mediaDir, doc.filename!))).metadata()).width).toBe(widths[i])
  })

  test('an upload without alt text is refused with 400 naming the field', async () => {
    const before = await stored()
    const body = await expectRefused(await upload(await jpeg(200, 200), 'no-alt.jpg', 'image/jpeg', {}), 400, before)
    expect(body.errors[0].data?.errors?.map((e) => e.path)).toContain('alt')
  })

  test('an anonymous upload is refused with 403', async () => {
    const before = await stored()
    const form = uploadForm(await jpeg(200, 200), 'anon.jpg', 'image/jpeg', { alt: 'Anonymous' })
    await expectRefused(await app.request('/api/media', { method: 'POST', body: form }), 403, before)
  })
})
