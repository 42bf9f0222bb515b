import { startTestApp, type TestApp } from '../helpers/app'
import { makeSubject, ROLE_EMAILS, userIds, type DemoRole } from '../helpers/planning'

let app: TestApp
let ids: Record<DemoRole, number>
const tokens: Partial<Record<DemoRole, string>> = {}
beforeAll(async () => {
  app = await startTestApp('newpieces', { seed: 'content' })
  ids = await userIds(app.payload)
  for (const role of ['editor', 'journalist'] as const) tokens[role] = await app.login(ROLE_EMAILS[role])
}, 120_000)
afterAll(() => app.close())

type Piece = {
  id: number
  authors?: number[]
  byline?: { name: string }[]
  companyName?: string | null
  _status: string
}

const draftOf = async (collection: 'articles' | 'success-stories', id: number) =>
  (await app.payload.findByID({ collection, id, draft: true, depth: 0, overrideAccess: true })) as unknown as Piece
const start = (role: DemoRole, id: number) =>
  app.request(`/api/subjects/${id}/start`, { method: 'POST', token: tokens[role] })
const journalistName = async () =>
  (await app.payload.findByID({ collection: 'users', id: ids.journalist, overrideAccess: true })).name

describe('whoever starts a piece signs it', () => {
  test('a journalist creating an article without authors is its author; the byline has their name', async () => {
    const response = await app.request('/api/articles?draft=true', {
      method: 'POST',
      token: tokens.journalist,
      json: { title: 'Le crédit d’impôt recherche', format: 'news' },
    })
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: Piece }
    const piece = await draftOf('articles', doc.id)
    expect(piece.authors).toEqual([ids.journalist])
    expect(piece.byline?.map((b) => b.name)).toEqual([await journalistName()])
  })

  test('authors named at creation are kept as sent', async () => {
    const response = await app.request('/api/articles?draft=true', {
      method: 'POST',
      token: tokens.editor,
      json: { title: 'Écrit pour un autre', format: 'news', authors: [ids.journalist] },
    })
    const { doc } = (await response.json()) as { doc: Piece }
    expect((await draftOf('articles', doc.id)).authors).toEqual([ids.journalist])
  })

  test('a piece an editor starts from a subject is signed by the assignee, not the editor', async () => {
    const subject = await makeSubject(app.payload, {
      status: 'assigned',
      assignee: ids.journalist,
      targetType: 'articles',
    })
    const response = await start('editor', subject.id)
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: Piece }
    const piece = await draftOf('articles', doc.id)
    expect(piece.authors).toEqual([ids.journalist])
    expect(piece.byline?.map((b) => b.name)).toEqual([await journalistName()])
  })
})

describe('starting a success story from a subject', () => {
  test('the subject’s title is not taken for the company name, which is asked for at publication', async () => {
    const subject = await makeSubject(app.payload, {
      title: 'Comment une boulangerie a formé cinq apprentis',
      status: 'assigned',
      assignee: ids.journalist,
      targetType: 'success-stories',
    })
    const response = await start('journalist', subject.id)
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: Piece }
    const story = await draftOf('success-stories', doc.id)
    expect(story._status).toBe('draft')
    expect(story.companyName ?? null).toBeNull()

    const early = await app.request(`/api/success-stories/${doc.id}`, {
      method: 'PATCH',
      token: tokens.editor,
      json: { workflowStatus: 'approved', _status: 'published' },
    })
    expect(early.status).toBe(400)
    expect(JSON.stringify(await early.json())).toContain('companyName')

    // The journalist fills in the company; the draft saves.
    const named = await app.request(`/api/success-stories/${doc.id}?draft=true`, {
      method: 'PATCH',
      token: tokens.journalist,
      json: { companyName: 'Boulangerie Martin' },
    })
    expect(named.status).toBe(200)
    expect((await draftOf('success-stories', doc.id)).companyName).toBe('Boulangerie Martin')
  })
})
