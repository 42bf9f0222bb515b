import { startTestApp, type TestApp } from '../helpers/app'
import { pressContact, pressList } from '../helpers/press'

/* CSV import of press contacts: a preview line by line, and nothing imported until it is accepted. */
let app: TestApp
let editor: string
let list: number | string

beforeAll(async () => {
  app = await startTestApp('press-import', { seed: true })
  editor = await app.login('editor@newsroom.test')
  list = await pressList(app.payload, 'Presse régionale')
  await pressContact(app.payload, { lists: [], email: 'deja@journal.test' })
}, 60_000)
afterAll(() => app?.close())

const CSV = [
  'nom;email;media;type;base_legale;date_consentement;interet_legitime;origine',
  'Anne Petit;anne.petit@ouest.test;Ouest Matin;presse écrite;consentement;15/01/2026;;salon',
  'Bruno Roy;pas-une-adresse;Radio Centre;radio;consentement;2026-01-10;;',
  'Chloé Bas;deja@journal.test;TV Sud;tv;consentement;2026-01-10;;',
  'Denis Fort;denis.fort@agence.test;AFP;agence;;;;',
  'Emma Lin;emma.lin@web.test;Éco Web;web;intérêt légitime;;Couvre nos actions depuis 2020;',
  'Félix Ney;ANNE.PETIT@ouest.test;Ouest Matin;presse écrite;consentement;2026-02-01;;',
  'Gina Roux;gina@radio.test;Radio Nord;radio;consentement;;;',
].join('\r\n')

const count = async () => (await app.payload.count({ collection: 'media-contacts', overrideAccess: true })).totalDocs

type Preview = {
  previewId: string
  valid: number
  invalid: number
  lines: { line: number; ok: boolean; problems: { field: string; message: string }[] }[]
}

test('the preview names each bad line and why; nothing is imported until it is accepted, then only the good lines, once', async () => {
  const before = await count()
  const response = await app.request('/api/media-contacts/import', {
    method: 'POST',
    token: editor,
    json: { csv: CSV, lists: [list] },
  })
  expect(response.status).toBe(200)
  const preview = (await response.json()) as Preview
  expect(preview).toMatchObject({ valid: 2, invalid: 5 })
  const problems = Object.fromEntries(preview.lines.map((l) => [l.line, l.problems.map((p) => p.field)]))
  expect(problems).toEqual({
    2: [],
    3: ['email'],
    4: ['duplicate'],
    5: ['legalBasis'],
    6: [],
    7: ['duplicate'],
    8: ['consentAt'],
  })
  expect(preview.lines.find((l) => l.line === 3)!.problems[0].message).toBe(
    '« pas-une-adresse » n’est pas une adresse e-mail valide.',
  )
  expect(await count()).toBe(before)

  // Only its author (or nobody) accepts it.
  const journalist = await app.login('journalist@newsroom.test')
  expect(
    (await app.request(`/api/media-contacts/import/${preview.previewId}/accept`, { method: 'POST', token: journalist }))
      .status,
  ).toBe(403)
  const admin = await app.login('admin@newsroom.test')
  expect(
    (await app.request(`/api/media-contacts/import/${preview.previewId}/accept`, { method: 'POST', token: admin }))
      .status,
  ).toBe(404)
  expect(await count()).toBe(before)

  const accepted = await app.request(`/api/media-contacts/import/${preview.previewId}/accept`, {
    method: 'POST',
    token: editor,
  })
  expect(accepted.status).toBe(201)
  expect(await accepted.json()).toEqual({ imported: 2 })
  expect(await count()).toBe(before + 2)
  const { docs } = await app.payload.find({
    collection: 'media-contacts',
    where: { lists: { in: [list] } },
    sort: 'name',
    depth: 0,
    overrideAccess: true,
  })
  expect(docs.map((d) => [d.name, d.email, d.medium, d.legalBasis])).toEqual([
    ['Anne Petit', 'anne.petit@ouest.test', 'print', 'consent'],
    ['Emma Lin', 'emma.lin@web.test', 'web', 'legitimate-interest'],
  ])
  expect(docs[0].consentAt).toBe('2026-01-15T00:00:00.000Z')

  // A preview is accepted once.
  expect(
    (await app.request(`/api/media-contacts/import/${preview.previewId}/accept`, { method: 'POST', token: editor }))
      .status,
  ).toBe(404)
})

test('an address recorded between the preview and its acceptance refuses the whole import', async () => {
  const csv =
    'name,email,legal_basis,consent_date\nHugo Vert,hugo@vert.test,consent,2026-03-01\nIris Bleu,iris@bleu.test,consent,2026-03-01\n'
  const preview = (await (
    await app.request('/api/media-contacts/import', { method: 'POST', token: editor, json: { csv } })
  ).json()) as Preview
  expect(preview.valid).toBe(2)
  await pressContact(app.payload, { lists: [], email: 'iris@bleu.test' })
  const before = await count()
  const response = await app.request(`/api/media-contacts/import/${preview.previewId}/accept`, {
    method: 'POST',
    token: editor,
  })
  expect(response.status).toBe(409)
  expect(await count()).toBe(before)
})

test('a file without the name and email columns, or a request without csv, is refused with 400', async () => {
  const noHeader = await app.request('/api/media-contacts/import', {
    method: 'POST',
    token: editor,
    json: { csv: 'foo,bar\n1,2\n' },
  })
  expect(noHeader.status).toBe(400)
  expect(
    (await app.request('/api/media-contacts/import', { method: 'POST', token: editor, json: { file: 'x' } })).status,
  ).toBe(400)
  expect(
    (await app.request('/api/media-contacts/import', { method: 'POST', json: { csv: 'name,email\n' } })).status,
  ).toBe(401)
})
