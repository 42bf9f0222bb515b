import { randomBytes } from 'node:crypto'

import { activeContentProblem } from '../../src/lib/activeContent'
import { extensionProblem } from '../../src/lib/uploadPolicy'
import { zip } from '../helpers/hostileFiles'
import { pdf } from '../helpers/images'

const image = (bytes: Buffer) => activeContentProblem(bytes, 'image/jpeg')

describe('activeContentProblem', () => {
  test.each(['<SCRIPT>', '<Html>', '<!DOCTYPE HTML>', '<svg ', '<iframe', '<?php', 'JavaScript:alert(1)'])('finds %s in any case, anywhere', (marker) => {
    expect(image(Buffer.concat([randomBytes(5000), Buffer.from(marker), randomBytes(5000)]))).toMatchObject({ key: 'uploadWebContentImage' })
  })

  test('finds a ZIP archive at the end, with or without a comment', () => {
    const archive = zip('a.txt', Buffer.from('hello'))
    expect(image(Buffer.concat([randomBytes(4000), archive]))).toEqual({ key: 'uploadZipImage' })
    const commented = Buffer.from(archive)
    commented.writeUInt16LE(5, commented.length - 2)
    expect(image(Buffer.concat([randomBytes(4000), commented, Buffer.from('note!')]))).toEqual({ key: 'uploadZipImage' })
  })

  test('does not take a stray end-of-archive signature in the middle of the data for an archive', () => {
    const signature = Buffer.from([0x50, 0x4b, 0x05, 0x06])
    expect(image(Buffer.concat([randomBytes(4000), signature, randomBytes(4000)]))).toBeUndefined()
  })

  test('accepts random image data and XMP metadata', () => {
    for (let i = 0; i < 20; i++) expect(image(randomBytes(100_000))).toBeUndefined()
    expect(image(Buffer.from('<?xpacket begin=""?><x:xmpmeta><rdf:RDF><rdf:Description/></rdf:RDF></x:xmpmeta>'))).toBeUndefined()
  })

  test.each(['/JavaScript', '/JS', '/Launch', '/EmbeddedFile', '/RichMedia', '/J#61vaScript', '/#4A#53'])('finds the PDF key %s', (key) => {
    const active = Buffer.from(pdf().toString('latin1').replace('/Type /Catalog', `/Type /Catalog /OpenAction << /S ${key} >>`), 'latin1')
    expect(activeContentProblem(active, 'application/pdf')).toMatchObject({ key: 'uploadPdfActive' })
  })

  test('accepts a plain PDF, and PDF keys that merely start like an active one', () => {
    expect(activeContentProblem(pdf(), 'application/pdf')).toBeUndefined()
    const lookalike = Buffer.from(pdf().toString('latin1').replace('/Type /Catalog', '/Type /Catalog /JSONData 1 /Launcher 2'), 'latin1')
    expect(activeContentProblem(lookalike, 'application/pdf')).toBeUndefined()
  })
})

describe('extensionProblem', () => {
  test.each([
    ['photo.jpg', 'image/jpeg'],
    ['PHOTO.JPEG', 'image/jpeg'],
    ['scan.jfif', 'image/jpeg'],
    ['chart.png', 'image/png'],
    ['guide.PDF', 'application/pdf'],
  ])('accepts %s as %s', (name, mime) => expect(extensionProblem(name, mime)).toBeUndefined())

  test.each([
    ['page.html', 'image/jpeg', { key: 'uploadWrongExtension', vars: { name: 'page.html', label: 'JPEG', extension: 'html', expected: 'jpg' } }],
    ['photo.jpg.exe', 'image/jpeg', { key: 'uploadWrongExtension', vars: { name: 'photo.jpg.exe', label: 'JPEG', extension: 'exe', expected: 'jpg' } }],
    ['photo', 'image/png', { key: 'uploadNoExtension', vars: { name: 'photo', label: 'PNG', expected: 'png' } }],
    ['archive.', 'application/pdf', { key: 'uploadNoExtension', vars: { name: 'archive.', label: 'PDF', expected: 'pdf' } }],
  ])('refuses %s as %s', (name, mime, problem) => expect(extensionProblem(name, mime)).toEqual(problem))
})
