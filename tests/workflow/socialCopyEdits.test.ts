import { startTestApp, type TestApp } from '../helpers/app'
import { PUBLISH } from '../helpers/users'

let app: TestApp
const tokens: Record<string, string> = {}
beforeAll(async () => {
  app = await startTestApp('socialcopy', { seed: 'content' })
  for (const role of ['editor', 'journalist', 'community']) tokens[role] = await app.login(`${role}@newsroom.test`)
}, 120_000)
afterAll(() => app.close())

type Doc = Record<string, unknown> & { id: number; title: string; workflowStatus: string; _status: string }
type Social = { x: { text: string | null } }

async function editorArticle(title: string, state: Record<string, unknown>): Promise<number> {
  const response = await app.request('/api/articles', {
    method: 'POST',
    token: tokens.editor,
    json: { title, format: 'news', ...state },
  })
  expect(response.status).toBe(201)
  return ((await response.json()) as { doc: Doc }).doc.id
}

const latest = async (id: number) =>
  (await app.payload.findByID({
    collection: 'articles',
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
  })) as unknown as Doc

/** What the admin's autosave sends: the whole form as `_payload`, the SEO group as nulls when never filled. */
async function adminAutosave(token: string, id: number, edit: (doc: Doc) => void): Promise<Response> {
  const read = await app.request(`/api/articles/${id}?depth=0&draft=true&locale=fr&fallback-locale=null`, { token })
  expect(read.status).toBe(200)
  const doc = (await read.json()) as Doc
  const form = {
    ...doc,
    meta: { title: null, image: null, description: null, ...(doc.meta as object) },
    _status: 'draft',
  }
  edit(form)
  const body = new FormData()
  body.set('_payload', JSON.stringify(form))
  const query = '?autosave=true&depth=0&draft=true&fallback-locale=null&locale=fr'
  return app.request(`/api/articles/${id}${query}`, { method: 'PATCH', token, body })
}

describe('the community manager in the admin', () => {
  test('saves the X text of a piece when the form sends the whole document back, SEO nulls included', async () => {
    const id = await editorArticle('Relais du salon de l’export', {})
    const response = await adminAutosave(tokens.community, id, (form) => {
      ;(form.social as Social).x.text = 'Le salon de l’export ouvre demain'
    })
    expect(response.status).toBe(200)
    const stored = await latest(id)
    expect((stored.social as Social).x.text).toBe('Le salon de l’export ouvre demain')
    expect(stored.title).toBe('Relais du salon de l’export')
  })

  test('is still refused a real change of the title, sent among unchanged fields', async () => {
    const id = await editorArticle('Titre de la rédaction', {})
    const response = await adminAutosave(tokens.community, id, (form) => {
      form.title = 'Titre du community manager'
    })
    expect(response.status).toBe(403)
    expect(JSON.stringify(await response.json())).toContain('pas : title.')
    expect((await latest(id)).title).toBe('Titre de la rédaction')
  })
})

describe('a social-copy edit does not reopen the review', () => {
  const patchX = (token: string, id: number, text: string) =>
    app.request(`/api/articles/${id}?draft=true`, { method: 'PATCH', token, json: { social: { x: { text } } } })

  test('an approved piece stays approved when the community manager changes its X text', async () => {
    const id = await editorArticle('Approuvé, relais à écrire', { workflowStatus: 'approved' })
    expect((await patchX(tokens.community, id, 'À lire ce matin')).status).toBe(200)
    expect(await latest(id)).toMatchObject({ workflowStatus: 'approved', social: { x: { text: 'À lire ce matin' } } })
  })

  test('an approved piece goes back to draft when a journalist changes its text', async () => {
    const id = await editorArticle('Approuvé puis réécrit', { workflowStatus: 'approved' })
    const journalist = (
      await app.payload.find({ collection: 'users', where: { email: { equals: 'journalist@newsroom.test' } } })
    ).docs[0]
    await app.payload.update({
      collection: 'articles',
      id,
      data: { authors: [journalist.id] },
      draft: true,
      overrideAccess: true,
    })
    const edit = await app.request(`/api/articles/${id}?draft=true`, {
      method: 'PATCH',
      token: tokens.journalist,
      json: { standfirst: 'Réécrit' },
    })
    expect(edit.status).toBe(200)
    expect((await latest(id)).workflowStatus).toBe('draft')
  })

  test('a published piece: the social edit waits in a draft that stays approved; the live one is untouched', async () => {
    const id = await editorArticle('En ligne, relais à écrire', PUBLISH)
    expect((await patchX(tokens.community, id, 'Relais après publication')).status).toBe(200)
    // Only publishers write the live version; the draft keeps the approval, so an editor publishes it as it is.
    expect(await latest(id)).toMatchObject({
      _status: 'draft',
      workflowStatus: 'approved',
      social: { x: { text: 'Relais après publication' } },
    })
    const live = (await app.payload.findByID({
      collection: 'articles',
      id,
      depth: 0,
      overrideAccess: true,
    })) as unknown as Doc
    expect(live).toMatchObject({ _status: 'published', workflowStatus: 'approved' })
    expect((live.social as Social).x.text ?? null).toBeNull()
    expect(
      (
        await app.request(`/api/articles/${id}`, {
          method: 'PATCH',
          token: tokens.editor,
          json: { _status: 'published' },
        })
      ).status,
    ).toBe(200)
  })

  test('a published piece: a journalist’s edit of its text reopens the review', async () => {
    const id = await editorArticle('En ligne puis corrigé', PUBLISH)
    const journalist = (
      await app.payload.find({ collection: 'users', where: { email: { equals: 'journalist@newsroom.test' } } })
    ).docs[0]
    await app.payload.update({ collection: 'articles', id, data: { authors: [journalist.id] }, overrideAccess: true })
    const edit = await app.request(`/api/articles/${id}`, {
      method: 'PATCH',
      token: tokens.journalist,
      json: { title: 'Corrigé' },
    })
    expect(edit.status).toBe(200)
    expect(await latest(id)).toMatchObject({ title: 'Corrigé', workflowStatus: 'draft' })
  })
})
