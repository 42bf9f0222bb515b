import type { Actor } from '../../src/lib/permissions'
import { startTestApp, type TestApp } from '../helpers/app'
import { createDestination, deliveriesOf, DISTRIBUTION_ENV, newSecret } from '../helpers/distribution'
import { webhookReceiver, type WebhookReceiver } from '../helpers/receivers/webhookReceiver'
import { demoUser, PUBLISH } from '../helpers/users'

/**
 * Destinations hold credentials: only admins and the community manager see or change them, and
 * nobody reads a secret back. Deliveries are read by staff and written by the platform alone.
 */
const EMAIL: Record<Exclude<Actor, 'anonymous'>, string> = {
  admin: 'admin@newsroom.test',
  editor: 'editor@newsroom.test',
  journalist: 'journalist@newsroom.test',
  'community-manager': 'community@newsroom.test',
  contributor: 'contributor@newsroom.test',
}
const DEMO: Record<Exclude<Actor, 'anonymous'>, Parameters<typeof demoUser>[1]> = {
  admin: 'admin',
  editor: 'editor',
  journalist: 'journalist',
  'community-manager': 'community',
  contributor: 'contributor',
}
const MANAGERS = ['admin', 'community-manager']
const READERS = ['admin', 'editor', 'journalist', 'community-manager']
const ACTORS: Actor[] = ['admin', 'editor', 'journalist', 'community-manager', 'contributor', 'anonymous']

let app: TestApp
let receiver: WebhookReceiver
const tokens: Partial<Record<Actor, string>> = {}
const secret = newSecret()
let destinationId: number | string
let deliveryId: number | string

beforeAll(async () => {
  app = await startTestApp('destinations-access', { seed: true, env: DISTRIBUTION_ENV })
  receiver = webhookReceiver({ secrets: [secret] })
  await receiver.start()
  for (const actor of ACTORS) if (actor !== 'anonymous') tokens[actor] = await app.login(EMAIL[actor])
  destinationId = (
    await createDestination(app, tokens.admin!, { name: 'Site', kind: 'site-webhook', url: receiver.url, secret })
  ).id
  const article = await app.payload.create({
    collection: 'articles',
    data: { title: 'Article diffusé', format: 'news', ...PUBLISH },
    overrideAccess: true,
  })
  await receiver.waitFor(1)
  deliveryId = (await deliveriesOf(app, 'articles', article.id))[0].id
})
afterAll(async () => {
  await receiver.close()
  await app.close()
})

const everywhere = (value: unknown) => JSON.stringify(value)

describe.each(ACTORS)('%s', (actor) => {
  const manages = MANAGERS.includes(actor)
  const reads = READERS.includes(actor)

  it(`${manages ? 'manages' : 'cannot see or manage'} destinations through REST`, async () => {
    const token = tokens[actor]
    const list = await app.request('/api/destinations', { token })
    if (manages) {
      const body = await list.json()
      expect(list.status).toBe(200)
      expect(body.docs[0]).toMatchObject({ id: destinationId, secretSet: true })
      expect(everywhere(body)).not.toContain(secret)
      const created = await app.request('/api/destinations', {
        method: 'POST',
        token,
        json: { name: `Webhook ${actor}`, kind: 'webhook', url: receiver.url, secret: newSecret() },
      })
      expect(created.status).toBe(201)
      const { doc } = await created.json()
      expect(doc.secret).toBeUndefined()
      expect((await app.request(`/api/destinations/${doc.id}`, { method: 'DELETE', token })).status).toBe(200)
    } else {
      expect(list.status === 403 || (list.status === 200 && (await list.json()).docs.length === 0)).toBe(true)
      const created = await app.request('/api/destinations', {
        method: 'POST',
        token,
        json: { name: 'Intrus', kind: 'webhook', url: receiver.url, secret: newSecret() },
      })
      expect(created.status).toBe(403)
      expect(
        (
          await app.request(`/api/destinations/${destinationId}`, {
            method: 'PATCH',
            token,
            json: { url: 'https://evil.example/' },
          })
        ).status,
      ).toBe(403)
    }
  })

  it(`${manages ? 'reads' : 'does not read'} destinations through GraphQL and the Local API, never their secret`, async () => {
    const { body } = await app.graphql<{ Destinations: { docs: { id: number; name: string }[] } | null }>(
      '{ Destinations { docs { id name kind secretSet } } }',
      { token: tokens[actor] },
    )
    if (manages) expect(body.data?.Destinations?.docs.map((d) => d.id)).toContain(destinationId)
    else expect(body.data?.Destinations?.docs?.length ?? 0).toBe(0)
    expect(everywhere(body)).not.toContain(secret)
    if (actor === 'anonymous') return
    const user = await demoUser(app.payload, DEMO[actor])
    const read = app.payload.find({ collection: 'destinations', user, overrideAccess: false })
    if (manages) {
      const found = await read
      expect(everywhere(found)).not.toContain(secret)
      expect(found.docs[0]).not.toHaveProperty('secret')
    } else await expect(read).rejects.toThrow()
  })

  it(`${reads ? 'reads' : 'does not read'} deliveries, and nobody writes them`, async () => {
    const token = tokens[actor]
    const response = await app.request(`/api/deliveries/${deliveryId}`, { token })
    expect(response.status).toBe(reads ? 200 : 403)
    expect(
      (await app.request(`/api/deliveries/${deliveryId}`, { method: 'PATCH', token, json: { status: 'delivered' } }))
        .status,
    ).toBe(403)
    expect((await app.request(`/api/deliveries/${deliveryId}`, { method: 'DELETE', token })).status).toBe(403)
    expect(
      (
        await app.request('/api/deliveries', {
          method: 'POST',
          token,
          json: {
            destination: destinationId,
            event: 'published',
            itemCollection: 'articles',
            itemId: '1',
            webhookId: 'x',
            orderKey: 'x',
          },
        })
      ).status,
    ).toBe(403)
  })
})

describe('the secret', () => {
  it('cannot be used to filter or sort (no guessing it by query)', async () => {
    const token = tokens.admin
    const where = await app.request(`/api/destinations?where[secret][equals]=${encodeURIComponent(secret)}`, { token })
    expect(where.status).toBe(400)
    const like = await app.request('/api/destinations?where[secret][like]=whsec', { token })
    expect(like.status).toBe(400)
    const { body } = await app.graphql(`{ Destinations(where: { secret: { equals: "${secret}" } }) { docs { id } } }`, {
      token,
    })
    expect(body.errors?.length).toBeGreaterThan(0)
    const sorted = await app.request('/api/destinations?sort=secret', { token })
    expect(sorted.status).toBe(400)
    expect(await sorted.text()).toContain('cannot be queried: secret')
  })

  it('is refused when malformed, with a message that does not repeat it', async () => {
    const response = await app.request('/api/destinations', {
      method: 'POST',
      token: tokens['community-manager'],
      json: { name: 'Mauvais', kind: 'webhook', url: receiver.url, secret: 'not-a-real-secret-123' },
    })
    expect(response.status).toBe(400)
    const text = await response.text()
    expect(text).toContain('whsec_')
    expect(text).not.toContain('not-a-real-secret-123')
  })

  it('rotates: after a change, messages carry both signatures until the old one expires', async () => {
    const replacement = newSecret()
    const patched = await app.request(`/api/destinations/${destinationId}`, {
      method: 'PATCH',
      token: tokens.admin,
      json: { secret: replacement },
    })
    expect(patched.status).toBe(200)
    expect(await patched.text()).not.toContain(replacement)
    await app.payload.create({
      collection: 'articles',
      data: { title: 'Après rotation', format: 'news', ...PUBLISH },
      overrideAccess: true,
    })
    const request = await receiver.waitFor((r) => (r.json as { slug?: string }).slug === 'apres-rotation')
    // The receiver still knows only the old secret: it verifies.
    expect(request.verified).toBe(true)
    expect(String(request.headers['webhook-signature']).split(' ')).toHaveLength(2)
  })

  it('a destination URL that is not http(s) is refused', async () => {
    const response = await app.request('/api/destinations', {
      method: 'POST',
      token: tokens.admin,
      json: { name: 'Fichier', kind: 'webhook', url: 'file:///etc/passwd', secret: newSecret() },
    })
    expect(response.status).toBe(400)
    expect(await response.text()).toMatch(/http/)
  })
})
