import { crc32, deflateSync } from 'node:zlib'
import sharp from 'sharp'

import { html, jpeg, pdf } from './images'

/*
 * Files built to get past an upload check: polyglots (a valid image that is also a page or an
 * archive), active PDFs and decompression bombs. Made in code, like every test file here.
 */

const JPEG_COMMENT = 0xfe

/** A JPEG whose comment segment holds a web page: every decoder shows the picture, a sniffer the page. */
export async function jpegWithPageInComment(): Promise<Buffer> {
  const photo = await jpeg(64, 64)
  const page = html()
  const segment = Buffer.alloc(4)
  segment.writeUInt8(0xff, 0)
  segment.writeUInt8(JPEG_COMMENT, 1)
  segment.writeUInt16BE(page.length + 2, 2)
  // The comment goes right after the start-of-image marker (FF D8).
  return Buffer.concat([photo.subarray(0, 2), segment, page, photo.subarray(2)])
}

/** A PNG with a text chunk carrying a script. */
export async function pngWithScriptChunk(): Promise<Buffer> {
  const image = await png(32, 32)
  const iend = image.length - 12
  return Buffer.concat([
    image.subarray(0, iend),
    pngChunk('tEXt', Buffer.from('Comment\0<script>alert(document.domain)</script>', 'latin1')),
    image.subarray(iend),
  ])
}

/** A GIF followed by a ZIP archive (the "GIFAR"): an image to a browser, a JAR to Java. */
export async function gifWithZip(): Promise<Buffer> {
  const gif = await sharp({ create: { width: 32, height: 32, channels: 3, background: '#1d4e89' } })
    .gif()
    .toBuffer()
  return Buffer.concat([gif, zip('Exploit.class', Buffer.from('cafebabe', 'hex'))])
}

/** A PDF that runs a script on opening; `escaped` spells the key as /J#61vaScript, as readers accept. */
export function pdfWithScript(escaped = false): Buffer {
  const clean = pdf().toString('latin1')
  const key = escaped ? '/J#61vaScript' : '/JavaScript'
  return Buffer.from(
    clean.replace(
      '<< /Type /Catalog /Pages 2 0 R >>',
      `<< /Type /Catalog /Pages 2 0 R /OpenAction << /S ${key} /JS (app.alert(1)) >> >>`,
    ),
    'latin1',
  )
}

/**
 * A PNG that says it is `width`×`height` black-and-white pixels: one bit each, so the deflated file
 * stays small while a decoder expanding it to RGBA would need four bytes per pixel.
 */
export function pngBomb(width: number, height: number): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.writeUInt8(1, 8) // bit depth
  header.writeUInt8(0, 9) // greyscale
  const row = Buffer.alloc(1 + Math.ceil(width / 8)) // filter byte, then the pixels: all zero
  const raw = Buffer.alloc(row.length * height)
  return Buffer.concat([
    PNG_SIGNATURE,
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(raw, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ])
}

/** A small GIF whose header claims a 65,535×65,535 canvas. */
export async function gifWithHugeCanvas(): Promise<Buffer> {
  const gif = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#f79824' } })
    .gif()
    .toBuffer()
  const patched = Buffer.from(gif)
  patched.writeUInt16LE(0xffff, 6)
  patched.writeUInt16LE(0xffff, 8)
  return patched
}

export function png(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#1d4e89' } })
    .png()
    .toBuffer()
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(typeAndData))
  return Buffer.concat([length, typeAndData, crc])
}

/** A ZIP archive holding one stored (uncompressed) file. */
export function zip(name: string, content: Buffer): Buffer {
  const fileName = Buffer.from(name)
  const crc = crc32(content)
  const local = Buffer.alloc(30)
  local.writeUInt32LE(0x04034b50, 0)
  local.writeUInt16LE(20, 4)
  local.writeUInt32LE(crc, 14)
  local.writeUInt32LE(content.length, 18)
  local.writeUInt32LE(content.length, 22)
  local.writeUInt16LE(fileName.length, 26)
  const central = Buffer.alloc(46)
  central.writeUInt32LE(0x02014b50, 0)
  central.writeUInt16LE(20, 4)
  central.writeUInt16LE(20, 6)
  central.writeUInt32LE(crc, 16)
  central.writeUInt32LE(content.length, 20)
  central.writeUInt32LE(content.length, 24)
  central.writeUInt16LE(fileName.length, 28)
  const localPart = Buffer.concat([local, fileName, content])
  const centralPart = Buffer.concat([central, fileName])
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(1, 8)
  end.writeUInt16LE(1, 10)
  end.writeUInt32LE(centralPart.length, 12)
  end.writeUInt32LE(localPart.length, 16)
  return Buffer.concat([localPart, centralPart, end])
}
