import { createLocalReq, initTransaction, killTransaction } from 'payload'

import type { SiteEventBody } from '../../src/distribution/types'
import { startTestApp, type TestApp } from '../helpers/app'
import { createDestination, deliveriesOf, DISTRIBUTION_ENV, newSecret } from '../helpers/distribution'
import { webhookReceiver, type WebhookReceiver } from '../helpers/receivers/webhookReceiver'
import { demoUser, PUBLISH } from '../helpers/users'

let app: TestApp
let site: WebhookReceiver
let editor: string
const secret = newSecret()

beforeAll(async () => {
  app = await startTestApp('site-webhook', { seed: true, env: DISTRIBUTION_ENV })
  site = webhookReceiver({ secrets: [secret] })
  await site.start()
  editor = await app.login('editor@newsroom.test')
  const admin = await app.login('admin@newsroom.test')
  await createDestination(app, admin, {
    name: 'Site public',
    kind: 'site-webhook',
    url: `${site.url}/api/revalidate`,
    secret,
    collections: ['articles'],
  })
})
afterAll(async () => {
  await site.close()
  await app.close()
})

const bodyOf = (request: { json: unknown }) => request.json as SiteEventBody

async function publishArticle(title: string): Promise<number> {
  const response = await app.request('/api/articles', {
    method: 'POST',
    token: editor,
    json: { title, format: 'news', ...PUBLISH },
  })
  expect(response.status).toBe(201)
  return ((await response.json()) as { doc: { id: number } }).doc.id
}

const eventsFor = (id: number) =>
  site.requests.filter((r) => bodyOf(r).id === String(id) && r.verified).map((r) => bodyOf(r).event)

describe('the site webhook', () => {
  it('is told of a publication once, signed per Standard Webhooks, with the piece’s path', async () => {
    const id = await publishArticle('Aides à la trésorerie')
    const request = await site.waitFor((r) => bodyOf(r).id === String(id))
    expect(request.verified).toBe(true)
    expect(request.path).toBe('/api/revalidate')
    expect(request.headers['webhook-id']).toMatch(/^msg_/)
    expect(bodyOf(request)).toMatchObject({
      event: 'published',
      collection: 'articles',
      slug: 'aides-a-la-tresorerie',
      paths: ['/articles/aides-a-la-tresorerie'],
      locales: ['fr', 'en'],
    })
    expect(bodyOf(request).publishedAt).toEqual(expect.any(String))
    const [delivery] = await deliveriesOf(app, 'articles', id)
    expect(delivery).toMatchObject({
      status: 'delivered',
      event: 'published',
      webhookId: request.headers['webhook-id'],
    })
    expect(delivery.attempts).toHaveLength(1)
    expect(delivery.attempts?.[0]).toMatchObject({ statusCode: 200, outcome: 'delivered' })
  })

  it('hears of updates, not of drafts saved over the published piece, then of the unpublication and the deletion', async () => {
    const id = await publishArticle('Chômage partiel')
    await site.waitFor((r) => bodyOf(r).id === String(id))
    const draft = await app.request(`/api/articles/${id}?draft=true`, {
      method: 'PATCH',
      token: editor,
      json: { standfirst: 'Brouillon en cours' },
    })
    expect(draft.status).toBe(200)
    const update = await app.request(`/api/articles/${id}`, {
      method: 'PATCH',
      token: editor,
      json: { title: 'Chômage partiel : le guide', slug: 'chomage-partiel-guide', _status: 'published' },
    })
    expect(update.status).toBe(200)
    const updated = await site.waitFor((r) => bodyOf(r).id === String(id) && bodyOf(r).event === 'updated')
    // The old address is revalidated too, or it would keep serving the old page.
    expect(bodyOf(updated).paths).toEqual(['/articles/chomage-partiel', '/articles/chomage-partiel-guide'])
    const unpublish = await app.request(`/api/articles/${id}`, {
      method: 'PATCH',
      token: editor,
      json: { _status: 'draft' },
    })
    expect(unpublish.status).toBe(200)
    await site.waitFor((r) => bodyOf(r).id === String(id) && bodyOf(r).event === 'unpublished')
    await app.request(`/api/articles/${id}`, { method: 'PATCH', token: editor, json: { ...PUBLISH } })
    await site.waitFor((r) => bodyOf(r).id === String(id) && eventsFor(id).length === 4)
    expect((await app.request(`/api/articles/${id}`, { method: 'DELETE', token: editor })).status).toBe(200)
    await site.waitFor((r) => bodyOf(r).id === String(id) && bodyOf(r).event === 'deleted')
    expect(eventsFor(id)).toEqual(['published', 'updated', 'unpublished', 'published', 'deleted'])
  })

  it('sends nothing for a draft, nor for a change whose transaction rolls back', async () => {
    expect(
      (
        await app.request('/api/articles', {
          method: 'POST',
          token: editor,
          json: { title: 'Jamais publié', format: 'news' },
        })
      ).status,
    ).toBe(201)
    const req = await createLocalReq({ user: await demoUser(app.payload, 'editor') }, app.payload)
    await initTransaction(req)
    const rolledBack = await app.payload.create({
      collection: 'articles',
      data: { title: 'Annulé', format: 'news', ...PUBLISH },
      req,
      overrideAccess: false,
      user: req.user,
    })
    const queued = await app.payload.find({
      collection: 'deliveries',
      where: { itemId: { equals: String(rolledBack.id) } },
      req,
      overrideAccess: true,
    })
    expect(queued.totalDocs).toBe(1)
    await killTransaction(req)
    // A later publication goes through: by then, anything owed for the earlier ones would have gone first.
    const later = await publishArticle('Publié après')
    await site.waitFor((r) => bodyOf(r).id === String(later))
    await app.worker?.idle()
    // SQLite hands ids out again (after a rollback, after a deletion): pieces are told apart by slug and title.
    expect(site.requests.map((r) => bodyOf(r).slug)).not.toContain('annule')
    expect(site.requests.map((r) => bodyOf(r).slug)).not.toContain('jamais-publie')
    expect(
      (
        await app.payload.find({
          collection: 'deliveries',
          where: { itemTitle: { in: ['Annulé', 'Jamais publié'] } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(0)
  })

  it('ignores collections the destination does not take', async () => {
    const response = await app.request('/api/faqs', {
      method: 'POST',
      token: editor,
      json: { question: 'Qui contacter ?', ...PUBLISH },
    })
    const faqId = ((await response.json()) as { doc: { id: number } }).doc.id
    const later = await publishArticle('Article témoin')
    await site.waitFor((r) => bodyOf(r).id === String(later))
    expect(await deliveriesOf(app, 'faqs', faqId)).toEqual([])
  })
})
