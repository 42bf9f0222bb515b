import type { Payload } from 'payload'
import sharp from 'sharp'

/**
 * Test files made in code: no binary fixtures in the repository. The photo has a gradient and
 * shapes so that every resize does real work and a size cannot be a byte copy of the original.
 */
export async function jpeg(width: number, height: number): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x2="1" y2="1"><stop offset="0" stop-color="#1d4e89"/><stop offset="1" stop-color="#f79824"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>
    <circle cx="${width / 3}" cy="${height / 2}" r="${Math.min(width, height) / 4}" fill="#fff" fill-opacity="0.6"/>
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer()
}

/** The smallest well-formed PDF: one empty page, with a cross-reference table whose offsets are right. */
export function pdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body))
    body += `${i + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = Buffer.byteLength(body)
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

export const svg = (): Buffer =>
  Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>')

export const html = (): Buffer =>
  Buffer.from('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>')

/** A real JPEG start followed by padding up to `bytes`: what a too-large photo looks like to the server. */
export async function oversizeJpeg(bytes: number): Promise<Buffer> {
  const head = await jpeg(64, 64)
  return Buffer.concat([head, Buffer.alloc(bytes - head.length)])
}

/** The multipart body the admin sends: the file, and the document's fields as `_payload` JSON. */
export function uploadForm(file: Buffer, name: string, type: string, data?: object): FormData {
  const form = new FormData()
  // A copy typed as a plain ArrayBuffer view, which is what Blob accepts.
  form.append('file', new Blob([new Uint8Array(file)], { type }), name)
  if (data) form.append('_payload', JSON.stringify(data))
  return form
}

/**
 * Three JPEG media documents of slightly different widths (from `width`), named and captioned by
 * `name` and `alt`: images for generated pieces to embed.
 */
export async function threeImages(payload: Payload, name: string, alt: string, width: number) {
  const media = []
  for (let i = 0; i < 3; i++)
    media.push(
      await payload.create({
        collection: 'media',
        data: { alt: `${alt} ${i}` },
        file: { data: await jpeg(width + i, 300), mimetype: 'image/jpeg', name: `${name}-${i}.jpg`, size: 0 },
        overrideAccess: true,
      }),
    )
  return media
}
