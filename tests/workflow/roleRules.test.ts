import { startTestApp, type TestApp } from '../helpers/app'
import { demoUser, PUBLISH } from '../helpers/users'

let app: TestApp
let ownChamber: number
let otherChamber: number
const tokens: Record<string, string> = {}

beforeAll(async () => {
  app = await startTestApp('rolerules', { seed: true })
  ownChamber = (
    await app.payload.create({
      collection: 'chambers',
      data: { name: 'CCI Var', kind: 'territorial' },
      overrideAccess: true,
    })
  ).id as number
  otherChamber = (
    await app.payload.create({
      collection: 'chambers',
      data: { name: 'CCI Nord', kind: 'territorial' },
      overrideAccess: true,
    })
  ).id as number
  const contributor = await demoUser(app.payload, 'contributor')
  await app.payload.update({
    collection: 'users',
    id: contributor.id,
    data: { chamber: ownChamber },
    overrideAccess: true,
  })
  for (const role of ['editor', 'journalist', 'community', 'contributor'])
    tokens[role] = await app.login(`${role}@newsroom.test`)
})
afterAll(() => app.close())

const story = (companyName: string, chamber: number) => ({ companyName, chamber })

describe('a chamber contributor', () => {
  test('creates success stories for their own chamber only', async () => {
    const own = await app.request('/api/success-stories', {
      method: 'POST',
      token: tokens.contributor,
      json: story('Pâtisserie du Var', ownChamber),
    })
    expect(own.status).toBe(201)
    const other = await app.request('/api/success-stories', {
      method: 'POST',
      token: tokens.contributor,
      json: story('Brasserie du Nord', otherChamber),
    })
    expect(other.status).toBe(403)
    const articles = await app.request('/api/articles', {
      method: 'POST',
      token: tokens.contributor,
      json: { title: 'Hors périmètre', format: 'news' },
    })
    expect(articles.status).toBe(403)
  })

  test('sees their own drafts and not those of others', async () => {
    const mine = (
      (await (
        await app.request('/api/initiatives', {
          method: 'POST',
          token: tokens.contributor,
          json: { title: 'Mon initiative', kind: 'hotline', leadChamber: ownChamber },
        })
      ).json()) as { doc: { id: number } }
    ).doc.id
    const editor = await demoUser(app.payload, 'editor')
    const theirs = (
      await app.payload.create({
        collection: 'initiatives',
        data: { title: 'Initiative de la rédaction', kind: 'hotline' },
        draft: true,
        user: editor,
        overrideAccess: false,
      })
    ).id
    const list = (await (
      await app.request('/api/initiatives?draft=true&limit=100', { token: tokens.contributor })
    ).json()) as { docs: { id: number }[] }
    const ids = list.docs.map((d) => d.id)
    expect(ids).toContain(mine)
    expect(ids).not.toContain(theirs)
  })

  test('updates and submits their piece while it is a draft, and no longer once it is published', async () => {
    const { doc } = (await (
      await app.request('/api/events', {
        method: 'POST',
        token: tokens.contributor,
        json: {
          title: 'Webinaire local',
          kind: 'webinar',
          startsAt: '2031-01-01T10:00:00Z',
          endsAt: '2031-01-01T11:00:00Z',
          organiser: ownChamber,
        },
      })
    ).json()) as { doc: { id: number } }
    expect(
      (
        await app.request(`/api/events/${doc.id}?draft=true`, {
          method: 'PATCH',
          token: tokens.contributor,
          json: { description: 'Inscriptions ouvertes' },
        })
      ).status,
    ).toBe(200)
    expect(
      (
        await app.request(`/api/events/${doc.id}?draft=true`, {
          method: 'PATCH',
          token: tokens.contributor,
          json: { workflowStatus: 'in-review' },
        })
      ).status,
    ).toBe(200)
    expect(
      (
        await app.request(`/api/events/${doc.id}?draft=true`, {
          method: 'PATCH',
          token: tokens.editor,
          json: { workflowStatus: 'approved' },
        })
      ).status,
    ).toBe(200)
    expect(
      (
        await app.request(`/api/events/${doc.id}`, {
          method: 'PATCH',
          token: tokens.editor,
          json: { _status: 'published' },
        })
      ).status,
    ).toBe(200)
    expect([403, 404]).toContain(
      (
        await app.request(`/api/events/${doc.id}?draft=true`, {
          method: 'PATCH',
          token: tokens.contributor,
          json: { description: 'Modifié après publication' },
        })
      ).status,
    )
  })
})

describe('a community manager', () => {
  test('reads drafts but may not change the text of a piece, with a message saying why', async () => {
    const editor = await demoUser(app.payload, 'editor')
    const { id } = await app.payload.create({
      collection: 'articles',
      data: { title: 'À relayer', format: 'news', ...PUBLISH },
      user: editor,
      overrideAccess: false,
    })
    expect((await app.request(`/api/articles/${id}?draft=true`, { token: tokens.community })).status).toBe(200)
    const response = await app.request(`/api/articles/${id}?draft=true`, {
      method: 'PATCH',
      token: tokens.community,
      json: { title: 'Nouveau titre' },
    })
    expect(response.status).toBe(403)
    expect(JSON.stringify(await response.json())).toContain('les réglages de diffusion, pas : title.')
    const publish = await app.request(`/api/articles/${id}`, {
      method: 'PATCH',
      token: tokens.community,
      json: { _status: 'published' },
    })
    expect(publish.status).toBe(403)
  })
})

describe('a journalist', () => {
  test('edits pieces they author (created or listed as author), not others', async () => {
    const editor = await demoUser(app.payload, 'editor')
    const journalist = await demoUser(app.payload, 'journalist')
    const coAuthored = (
      await app.payload.create({
        collection: 'articles',
        data: { title: 'Co-signé', format: 'news', authors: [journalist.id] },
        draft: true,
        user: editor,
        overrideAccess: false,
      })
    ).id
    const notMine = (
      await app.payload.create({
        collection: 'articles',
        data: { title: 'Pas à moi', format: 'news' },
        draft: true,
        user: editor,
        overrideAccess: false,
      })
    ).id
    expect(
      (
        await app.request(`/api/articles/${coAuthored}?draft=true`, {
          method: 'PATCH',
          token: tokens.journalist,
          json: { standfirst: 'Relu' },
        })
      ).status,
    ).toBe(200)
    expect(
      (
        await app.request(`/api/articles/${notMine}?draft=true`, {
          method: 'PATCH',
          token: tokens.journalist,
          json: { standfirst: 'Relu' },
        })
      ).status,
    ).toBe(403)
  })

  test('cannot delete', async () => {
    const { doc } = (await (
      await app.request('/api/articles', {
        method: 'POST',
        token: tokens.journalist,
        json: { title: 'À garder', format: 'news' },
      })
    ).json()) as { doc: { id: number } }
    expect((await app.request(`/api/articles/${doc.id}`, { method: 'DELETE', token: tokens.journalist })).status).toBe(
      403,
    )
  })
})
