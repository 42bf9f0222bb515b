import { startTestApp, type TestApp } from '../helpers/app'
import { createDestination, deliveriesOf, DISTRIBUTION_ENV } from '../helpers/distribution'
import { ayrshareReceiver, type AyrshareReceiver } from '../helpers/receivers/ayrshareReceiver'
import { bufferReceiver, type BufferReceiver } from '../helpers/receivers/bufferReceiver'
import { hootsuiteReceiver, type HootsuiteReceiver } from '../helpers/receivers/hootsuiteReceiver'
import { jpeg, uploadForm } from '../helpers/images'
import { PUBLISH } from '../helpers/users'

const KEYS = { buffer: 'buffer-key-7f3a9c', hootsuite: 'hootsuite-token-51be', ayrshare: 'ayrshare-key-c0ffee' }

let app: TestApp
let editor: string
let buffer: BufferReceiver
let hootsuite: HootsuiteReceiver
let ayrshare: AyrshareReceiver

beforeAll(async () => {
  app = await startTestApp('social', {
    seed: true,
    env: { ...DISTRIBUTION_ENV, SITE_URL: 'https://www.example-cci.fr' },
  })
  buffer = bufferReceiver({ apiKey: KEYS.buffer })
  hootsuite = hootsuiteReceiver({ apiKey: KEYS.hootsuite })
  ayrshare = ayrshareReceiver({ apiKey: KEYS.ayrshare })
  await Promise.all([buffer.start(), hootsuite.start(), ayrshare.start()])
  editor = await app.login('editor@newsroom.test')
  const community = await app.login('community@newsroom.test')
  await createDestination(app, community, {
    name: 'Buffer',
    kind: 'buffer',
    url: buffer.url,
    secret: KEYS.buffer,
    accounts: { x: 'channel-x', linkedin: 'channel-li' },
  })
  await createDestination(app, community, {
    name: 'Hootsuite',
    kind: 'hootsuite',
    url: hootsuite.url,
    secret: KEYS.hootsuite,
    accounts: { facebook: 'profile-fb' },
  })
  await createDestination(app, community, {
    name: 'Ayrshare',
    kind: 'ayrshare',
    url: ayrshare.url,
    secret: KEYS.ayrshare,
    accounts: { linkedin: 'default' },
  })
})
afterEach(() => {
  // Every request the platform sent must have the provider's documented shape (tests/helpers/receivers/schemas).
  expect([buffer, hootsuite, ayrshare].flatMap((receiver) => receiver.schemaViolations.map((v) => v.problems))).toEqual(
    [],
  )
})
afterAll(async () => {
  await Promise.all([buffer.close(), hootsuite.close(), ayrshare.close()])
  await app.close()
})

const X_TEXT_280 = 'é'.repeat(280)
const CJK_281 = `${'漢'.repeat(140)}a`

async function createArticle(data: Record<string, unknown>) {
  return app.request('/api/articles', { method: 'POST', token: editor, json: { format: 'news', ...data } })
}

describe('social copy limits', () => {
  it('refuses 281 weighted characters for X with 400 naming the network, the count and the limit; accepts 280', async () => {
    const refused = await createArticle({ title: 'Trop long pour X', social: { x: { text: CJK_281 } } })
    expect(refused.status).toBe(400)
    const message = ((await refused.json()) as { errors: { message: string }[] }).errors[0].message
    expect(message).toContain('Le texte pour X compte 281 caractères')
    expect(message).toContain('280')
    expect((await createArticle({ title: 'Juste assez', social: { x: { text: X_TEXT_280 } } })).status).toBe(201)
    expect((await createArticle({ title: 'Trop long', social: { linkedin: { text: 'a'.repeat(3001) } } })).status).toBe(
      400,
    )
  })
})

describe('scheduling posts', () => {
  it('posts each network the piece turned on to the scheduler that has an account for it, and keeps the post ids', async () => {
    const at = new Date(Date.now() + 3 * 3_600_000)
    const response = await createArticle({
      title: 'Prêts garantis : mode d’emploi',
      standfirst: 'Ce que les entreprises doivent savoir.',
      social: {
        x: { enabled: true, text: 'Prêts garantis : le mode d’emploi' },
        facebook: { enabled: true, scheduledAt: at.toISOString() },
        linkedin: { enabled: true },
      },
      ...PUBLISH,
    })
    expect(response.status).toBe(201)
    const id = ((await response.json()) as { doc: { id: number } }).doc.id
    await Promise.all([buffer.waitFor(2), hootsuite.waitFor(1), ayrshare.waitFor(1)])
    const deliveries = await deliveriesOf(app, 'articles', id)
    expect(deliveries.map((d) => [d.network, d.status]).sort()).toEqual([
      ['facebook', 'delivered'],
      ['linkedin', 'delivered'],
      ['linkedin', 'delivered'],
      ['x', 'delivered'],
    ])
    expect(deliveries.every((d) => d.externalId)).toBe(true)

    const posts = [...buffer.posts.values()]
    expect(posts.find((p) => p.channelId === 'channel-x')).toMatchObject({
      text: 'Prêts garantis : le mode d’emploi',
      mode: 'shareNow',
    })
    // Without its own copy, a network gets the title, the standfirst and the link.
    const linkedin = posts.find((p) => p.channelId === 'channel-li')!
    expect(linkedin.text).toContain('Prêts garantis : mode d’emploi')
    expect(linkedin.text).toContain('https://www.example-cci.fr/articles/pret')
    const [message] = hootsuite.messages.values()
    expect(message).toMatchObject({ socialProfileId: 'profile-fb', state: 'SCHEDULED' })
    expect(Date.parse(message.scheduledSendTime!)).toBe(Math.floor(at.getTime() / 1000) * 1000)
    const [post] = ayrshare.posts.values()
    expect(post.platforms).toEqual(['linkedin'])
  })

  it('unpublishing withdraws the posts from every scheduler', async () => {
    const response = await createArticle({
      title: 'Article retiré',
      social: { facebook: { enabled: true, scheduledAt: new Date(Date.now() + 3_600_000).toISOString() } },
      ...PUBLISH,
    })
    const id = ((await response.json()) as { doc: { id: number } }).doc.id
    const before = {
      buffer: buffer.requests.length,
      hootsuite: hootsuite.requests.length,
      ayrshare: ayrshare.requests.length,
    }
    await Promise.all([
      buffer.waitFor(before.buffer),
      hootsuite.waitFor(before.hootsuite),
      ayrshare.waitFor(before.ayrshare),
    ])
    const published = await deliveriesOf(app, 'articles', id)
    expect(published.every((d) => d.status === 'delivered')).toBe(true)
    const ids = published.map((d) => d.externalId)

    expect(
      (await app.request(`/api/articles/${id}`, { method: 'PATCH', token: editor, json: { _status: 'draft' } })).status,
    ).toBe(200)
    const withdrawals = (await deliveriesOf(app, 'articles', id)).filter((d) => d.event === 'unpublished')
    expect(withdrawals.map((d) => [d.network, d.status]).sort()).toEqual([
      ['facebook', 'delivered'],
      ['linkedin', 'delivered'],
      ['linkedin', 'delivered'],
      ['x', 'delivered'],
    ])
    for (const externalId of ids) {
      expect(
        buffer.posts.has(externalId!) || hootsuite.messages.has(externalId!) || ayrshare.posts.has(externalId!),
      ).toBe(false)
    }
  })

  it('a post still waiting for an embargo is cancelled in the queue when the piece is unpublished: nothing reaches the scheduler', async () => {
    const embargoUntil = new Date(Date.now() + 86_400_000).toISOString()
    const requestsBefore = buffer.requests.length + hootsuite.requests.length + ayrshare.requests.length
    const response = await createArticle({ title: 'Sous embargo', embargoUntil, ...PUBLISH })
    const id = ((await response.json()) as { doc: { id: number } }).doc.id
    const queued = await deliveriesOf(app, 'articles', id)
    expect(queued.map((d) => d.status)).toEqual(['queued', 'queued', 'queued'])
    expect(new Date(queued[0].nextAttemptAt!).toISOString()).toBe(embargoUntil)
    await app.request(`/api/articles/${id}`, { method: 'PATCH', token: editor, json: { _status: 'draft' } })
    const after = await deliveriesOf(app, 'articles', id)
    expect(after.map((d) => d.status)).toEqual(['cancelled', 'cancelled', 'cancelled'])
    expect(buffer.requests.length + hootsuite.requests.length + ayrshare.requests.length).toBe(requestsBefore)
  })

  it('Buffer’s MutationError (HTTP 200) is a failure, with Buffer’s message', async () => {
    buffer.script(buffer.mutationError('Channel is disconnected'))
    const response = await createArticle({
      title: 'Canal déconnecté',
      social: { linkedin: { enabled: false } },
      ...PUBLISH,
    })
    const id = ((await response.json()) as { doc: { id: number } }).doc.id
    await buffer.waitFor((r) => r.mutation === 'createPost' && JSON.stringify(r.input).includes('canal-deconnecte'))
    const [delivery] = (await deliveriesOf(app, 'articles', id)).filter((d) => d.network === 'x')
    expect(delivery.status).toBe('failed')
    expect(delivery.lastMessage).toContain('Channel is disconnected')
  })
})

describe('the picture of a post', () => {
  /** A photo uploaded through REST as the journalist, as the admin's upload drawer sends it. */
  async function uploadPhoto(name: string): Promise<number> {
    const journalist = await app.login('journalist@newsroom.test')
    const form = uploadForm(await jpeg(1600, 900), `${name}.jpg`, 'image/jpeg', { alt: 'Une vitrine' })
    const response = await app.request('/api/media', { method: 'POST', body: form, token: journalist })
    expect(response.status).toBe(201)
    return ((await response.json()) as { doc: { id: number } }).doc.id
  }
  const imageOf = (input: unknown) =>
    ((input as { assets?: { image?: { url?: string } }[] }).assets ?? [])[0]?.image?.url ?? null

  it('a piece published at once sends its hero image in its OpenGraph size (1200×630)', async () => {
    const heroImage = await uploadPhoto('vitrine-directe')
    const response = await createArticle({
      title: 'Vitrine publiée',
      heroImage,
      social: { x: { enabled: true, text: 'Vitrine publiée tout de suite' } },
      ...PUBLISH,
    })
    expect(response.status).toBe(201)
    const post = await buffer.waitFor(
      (r) => r.mutation === 'createPost' && JSON.stringify(r.input).includes('Vitrine publiée tout de suite'),
    )
    expect(imageOf(post.input)).toMatch(/\/api\/media\/file\/vitrine-directe[^"]*-1200x630\.webp$/)
  })

  it('a draft illustrated, then approved and published, sends its hero image in its OpenGraph size', async () => {
    const heroImage = await uploadPhoto('vitrine-relue')
    const response = await createArticle({
      title: 'Vitrine relue',
      heroImage,
      social: { x: { enabled: true, text: 'Vitrine relue puis publiée' } },
    })
    const { id } = ((await response.json()) as { doc: { id: number } }).doc
    for (const workflowStatus of ['in-review', 'approved'])
      expect(
        (
          await app.request(`/api/articles/${id}?draft=true`, {
            method: 'PATCH',
            token: editor,
            json: { workflowStatus },
          })
        ).status,
      ).toBe(200)
    const draft = (await (await app.request(`/api/articles/${id}?draft=true&depth=0`, { token: editor })).json()) as {
      [key: string]: unknown
    }
    // The admin's publish button sends the whole form, as it reads it.
    const published = await app.request(`/api/articles/${id}?draft=false`, {
      method: 'PATCH',
      token: editor,
      json: { ...draft, _status: 'published' },
    })
    expect(published.status).toBe(200)
    const post = await buffer.waitFor(
      (r) => r.mutation === 'createPost' && JSON.stringify(r.input).includes('Vitrine relue puis publiée'),
    )
    expect(imageOf(post.input)).toMatch(/\/api\/media\/file\/vitrine-relue[^"]*-1200x630\.webp$/)
  })
})

describe('who reads the social copy', () => {
  test('the newsroom does; readers of the API do not, through REST or GraphQL', async () => {
    const created = await createArticle({
      title: 'Relais prévu',
      _status: 'published',
      workflowStatus: 'approved',
      social: { x: { text: 'Annonce prévue pour demain' } },
    })
    const { doc } = (await created.json()) as { doc: { id: number } }
    const staff = (await (await app.request(`/api/articles/${doc.id}`, { token: editor })).json()) as {
      social?: { x?: { text?: string } }
    }
    expect(staff.social?.x?.text).toBe('Annonce prévue pour demain')
    const anonymous = (await (await app.request(`/api/articles/${doc.id}`)).json()) as Record<string, unknown>
    expect(anonymous.title).toBe('Relais prévu')
    expect(anonymous).not.toHaveProperty('social')
    const graphql = await app.request('/api/graphql', {
      method: 'POST',
      json: { query: `{ Article(id: ${doc.id}) { title social { x { text } } } }` },
    })
    const { data } = (await graphql.json()) as {
      data: { Article: { title: string; social: { x: { text: string | null } } | null } }
    }
    expect(data.Article.title).toBe('Relais prévu')
    expect(data.Article.social?.x.text ?? null).toBeNull()
  })
})
