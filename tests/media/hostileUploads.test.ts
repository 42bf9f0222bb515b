import { readdirSync } from 'node:fs'
import sharp from 'sharp'

import { startTestApp, type TestApp } from '../helpers/app'
import { gifWithHugeCanvas, gifWithZip, jpegWithPageInComment, png, pngBomb, pngWithScriptChunk, pdfWithScript } from '../helpers/hostileFiles'
import { html, jpeg, pdf, svg, uploadForm } from '../helpers/images'

/**
 * The upload attack corpus: every file here is refused with 400 and a message saying why, and
 * leaves no document and no file behind. Oversized bodies (413) are in uploads.test.ts.
 */
let app: TestApp
let token: string

beforeAll(async () => {
  app = await startTestApp('hostile-uploads', { seed: true })
  token = await app.login('journalist@newsroom.test')
})
afterAll(() => app.close())

// The corpus reads the English messages; the French ones (the default) are checked below.
const upload = (file: Buffer, name: string, type: string, language = 'en') =>
  app.request('/api/media', {
    method: 'POST',
    body: uploadForm(file, name, type, { alt: 'Une image de test' }),
    token,
    headers: { 'accept-language': language },
  })

async function stored() {
  const { totalDocs } = await app.payload.count({ collection: 'media', overrideAccess: true })
  return { totalDocs, files: readdirSync(app.mediaDir).sort() }
}

/** The error messages of a refusal, the field-level ones included, as one line. */
async function messages(response: Response): Promise<string> {
  const { errors } = (await response.json()) as { errors: { message: string; data?: { errors?: { message: string }[] } }[] }
  return errors.flatMap((error) => [error.message, ...(error.data?.errors ?? []).map((e) => e.message)]).join(' | ')
}

type Case = [what: string, file: () => Buffer | Promise<Buffer>, name: string, type: string, message: RegExp]

const CASES: Case[] = [
  // The name says one thing, the bytes another.
  ['a JPEG named .html', () => jpeg(64, 64), 'page.html', 'text/html', /"page\.html" is a JPEG file but is named \.html; name it \.jpg/],
  ['a JPEG named .jpg.html', () => jpeg(64, 64), 'photo.jpg.html', 'image/jpeg', /is named \.html/],
  ['a JPEG with no extension', () => jpeg(64, 64), 'photo', 'image/jpeg', /"photo" is a JPEG file but has no extension/],
  ['a PNG named .jpg', () => png(32, 32), 'photo.jpg', 'image/jpeg', /is a PNG file but is named \.jpg; name it \.png/],
  ['a PDF named .png', () => pdf(), 'scan.png', 'image/png', /is a PDF file but is named \.png/],
  ['an HTML page named .png', () => html(), 'photo.png', 'image/png', /allowed types are/],
  ['an SVG with a script', () => svg(), 'logo.svg', 'image/svg+xml', /allowed types are/],
  ['an SVG with a script named .png', () => svg(), 'logo.png', 'image/png', /allowed types are/],
  // Polyglots: valid images or PDFs that are also something else.
  ['a JPEG with an HTML page after its end', async () => Buffer.concat([await jpeg(64, 64), html()]), 'photo.jpg', 'image/jpeg', /web content \(<script…\)/],
  ['a JPEG with an HTML page in a comment segment', jpegWithPageInComment, 'photo.jpg', 'image/jpeg', /web content/],
  ['a PNG with a script in a text chunk', pngWithScriptChunk, 'chart.png', 'image/png', /web content \(<script…\)/],
  ['a GIF followed by a ZIP archive (GIFAR)', gifWithZip, 'anim.gif', 'image/gif', /ends with a ZIP archive/],
  ['a PDF running a script on opening', () => pdfWithScript(), 'report.pdf', 'application/pdf', /active element \(\/javascript\)/],
  ['a PDF hiding its script key as /J#61vaScript', () => pdfWithScript(true), 'report.pdf', 'application/pdf', /active element \(\/javascript\)/],
  // Broken or empty files.
  ['a zero-byte file', () => Buffer.alloc(0), 'empty.jpg', 'image/jpeg', /empty|No files were uploaded/i],
  ['a JPEG cut after its header', async () => (await jpeg(800, 600)).subarray(0, 700), 'cut.jpg', 'image/jpeg', /damaged or incomplete/],
  ['a PNG cut in half', async () => { const whole = await sharp({ create: { width: 600, height: 400, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 128, sigma: 40 } } }).png().toBuffer(); return whole.subarray(0, whole.length / 2) }, 'cut.png', 'image/png', /damaged or incomplete/],
  ['bytes that are no known format', () => Buffer.from('just some text, not an image'), 'notes.jpg', 'image/jpeg', /not a recognised file format/],
  // Decompression bombs: small files that say they are huge pictures.
  ['a 20,000×20,000 one-bit PNG (400 megapixels in 60 KB)', () => pngBomb(20_000, 20_000), 'bomb.png', 'image/png', /20000×20000 pixels; the maximum is 100 megapixels/],
  ['a GIF claiming a 65,535×65,535 canvas', gifWithHugeCanvas, 'huge.gif', 'image/gif', /65535×65535 pixels; the maximum is 100 megapixels/],
]

describe.each(CASES)('%s', (_what, build, name, type, message) => {
  test('is refused with 400 and a message saying why; nothing is stored', async () => {
    const file = await build()
    const before = await stored()
    const response = await upload(file, name, type)
    expect(response.status).toBe(400)
    expect(await messages(response)).toMatch(message)
    expect(await stored()).toEqual(before)
  })
})

test('a refusal speaks French to a French uploader', async () => {
  const misnamed = await upload(await jpeg(64, 64), 'page.html', 'text/html', 'fr')
  expect(misnamed.status).toBe(400)
  expect(await messages(misnamed)).toMatch(/« page\.html » est un fichier JPEG mais se termine par \.html ; nommez-le \.jpg\./)
  const bomb = await upload(pngBomb(20_000, 20_000), 'bomb.png', 'image/png', 'fr')
  expect(await messages(bomb)).toMatch(/L’image fait 20000×20000 pixels ; le maximum est de 100 mégapixels/)
})

test('the decompression bomb is refused from its header, without decoding it', async () => {
  const bomb = pngBomb(20_000, 20_000)
  global.gc?.()
  const before = process.memoryUsage().rss
  expect((await upload(bomb, 'bomb.png', 'image/png')).status).toBe(400)
  // Decoded, the picture would take 400 MB as greyscale and 1.6 GB as RGBA.
  expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024)
})

describe('ordinary files still go through', () => {
  test.each<[string, () => Promise<Buffer> | Buffer, string, string]>([
    ['a JPEG named .jpeg in capitals', () => jpeg(320, 200), 'PHOTO.JPEG', 'image/jpeg'],
    ['a JPEG carrying XMP metadata', () => sharp({ create: { width: 320, height: 200, channels: 3, background: '#1d4e89' } }).jpeg().withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator><rdf:Seq><rdf:li>CCI</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>').toBuffer(), 'credit.jpg', 'image/jpeg'],
    ['a PNG', () => png(320, 200), 'chart.png', 'image/png'],
    ['a plain PDF', () => pdf(), 'guide.pdf', 'application/pdf'],
  ])('%s', async (_what, build, name, type) => {
    const response = await upload(await build(), name, type)
    expect(response.status).toBe(201)
  })
})
