import type { UploadProblem } from '../i18n/uploads'

/**
 * Finds what makes an otherwise valid image or PDF a polyglot: a second file that a browser, an
 * archive tool or a PDF reader would run. The bytes are checked as a whole, since such content hides
 * in metadata (comments, text chunks) or after the image's end, where a decoder never looks.
 */

// Markup a browser sniffing the bytes would treat as a page or a script. XMP metadata (`<x:xmpmeta`,
// `<rdf:RDF`) is XML too but none of these.
const MARKUP = [
  '<script',
  '<html',
  '<!doctype html',
  '<svg',
  '<iframe',
  '<object',
  '<embed',
  '<body',
  '<?php',
  'javascript:',
]

// PDF features that run something or carry a file: scripts, launching programs, attachments.
const PDF_ACTIONS = ['/javascript', '/js', '/launch', '/embeddedfile', '/richmedia']

// A ZIP (and so a JAR, a DOCX…) is read from its end record, so a file ending in one opens as an archive.
const ZIP_END_SIGNATURE = Buffer.from([0x50, 0x4b, 0x05, 0x06])
const ZIP_END_SIZE = 22

export function activeContentProblem(data: Buffer, mime: string): UploadProblem | undefined {
  const pdf = mime === 'application/pdf'
  const text = data.toString('latin1').toLowerCase()
  const markup = MARKUP.find((marker) => text.includes(marker))
  if (markup) return { key: pdf ? 'uploadWebContentPdf' : 'uploadWebContentImage', vars: { markup } }
  if (endsWithZip(data)) return { key: pdf ? 'uploadZipPdf' : 'uploadZipImage' }
  const action = pdf ? pdfAction(text) : undefined
  return action ? { key: 'uploadPdfActive', vars: { action } } : undefined
}

function endsWithZip(data: Buffer): boolean {
  // The end record is followed only by its comment, whose length it states: that pairing is what a
  // ZIP reader checks, and what four random bytes in compressed image data almost never satisfy.
  const searchFrom = Math.max(0, data.length - ZIP_END_SIZE - 0xffff)
  let at = data.lastIndexOf(ZIP_END_SIGNATURE)
  while (at >= searchFrom) {
    if (at + ZIP_END_SIZE <= data.length && at + ZIP_END_SIZE + data.readUInt16LE(at + 20) === data.length) return true
    at = at > 0 ? data.lastIndexOf(ZIP_END_SIGNATURE, at - 1) : -1
  }
  return false
}

function pdfAction(text: string): string | undefined {
  // PDF names may spell any character as #xx (/J#61vaScript); readers decode them, so do we.
  const names = text.match(/\/[^\s/<>[\]()%{}]+/g) ?? []
  for (const raw of names) {
    const name = raw
      .replace(/#([0-9a-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
      .toLowerCase()
    if (PDF_ACTIONS.includes(name)) return name
  }
  return undefined
}
