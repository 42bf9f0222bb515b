import { advanceClock, resetClock } from '../../src/lib/clock'
import { startTestApp, type TestApp } from '../helpers/app'
import { startSmtp, type TestSmtp } from '../helpers/smtp'
import { contributorOf, deliver, from, linkIn, makeChambers, sweep } from './fixtures'

const DAY = 86_400_000
let app: TestApp
let smtp: TestSmtp
const tokens: Record<string, string> = {}

beforeAll(async () => {
  smtp = await startSmtp()
  app = await startTestApp('aid-posts', {
    seed: true,
    env: {
      SMTP_URL: smtp.url,
      SERVER_URL: 'https://newsroom.example',
      TRUST_PROXY: 'true',
      CRISIS_CONTACT_RATE_LIMIT: '3/10m',
    },
  })
  const chambers = await makeChambers(app.payload)
  tokens.lyon = await contributorOf(app, chambers.rhone.id, 'correspondant.lyon@newsroom.test')
  tokens.brest = await contributorOf(app, chambers.finistere.id, 'correspondant.brest@newsroom.test')
}, 120_000)
afterAll(async () => {
  resetClock()
  await app.close()
  await smtp.close()
})

const masks = (extra: Record<string, unknown> = {}) => ({
  kind: 'offer',
  category: 'epi',
  title: 'Masques FFP2 disponibles',
  description: '2 000 masques FFP2 en stock, à retirer à l’atelier. <img src=x onerror=alert(1)>',
  quantity: '2 000',
  company: 'Atelier Textile Rhodanien',
  postalCode: '69003',
  city: 'Lyon',
  ownerEmail: 'atelier@example.test',
  ...extra,
})

const post = (path: string, json: unknown, address: string) =>
  app.request(path, { method: 'POST', json, headers: from(address) })
const publicList = async (query = '') =>
  (await (await app.request(`/api/aid-posts/public${query}`)).json()) as {
    docs: Record<string, unknown>[]
    totalDocs: number
  }
const message = {
  name: 'Paul Martin',
  company: 'Transports Martin',
  email: 'paul@transports.test',
  message: 'Nous pouvons en prendre 500 pour nos chauffeurs.',
}

describe('mutual aid: the whole life of a post', () => {
  test('submit → confirm → moderation → public list → relayed contact → matched → expiry → renewal', async () => {
    expect((await post('/api/aid-posts/submit', masks(), '203.0.113.10')).status).toBe(202)
    await deliver(app)
    const { id, token } = linkIn(
      (await smtp.waitFor((m) => m.envelopeTo.includes('atelier@example.test') && m.subject.startsWith('Confirmez')))
        .text,
    )
    const owner = (action: string) =>
      app.request(`/api/aid-posts/${id}/owner`, { method: 'POST', json: { token, action } })
    expect((await owner('confirm')).status).toBe(200)
    expect(
      (
        await app.request(`/api/aid-posts/${id}`, {
          method: 'PATCH',
          token: tokens.brest,
          json: { status: 'published' },
        })
      ).status,
    ).toBeGreaterThanOrEqual(403)
    expect(
      (
        await app.request(`/api/aid-posts/${id}`, {
          method: 'PATCH',
          token: tokens.lyon,
          json: { status: 'published' },
        })
      ).status,
    ).toBe(200)

    const listed = await publicList('?kind=offer&department=69')
    expect(listed.docs.map((d) => String(d.id))).toEqual([id])
    expect(listed.docs[0].description).toContain('<img src=x onerror=alert(1)>')
    expect(JSON.stringify(listed)).not.toContain('atelier@example.test')
    expect((await publicList('?kind=request')).totalDocs).toBe(0)
    expect((await publicList('?category=locaux')).totalDocs).toBe(0)
    expect((await app.request('/api/aid-posts/public?kind=gift')).status).toBe(400)

    expect((await post(`/api/aid-posts/${id}/contact`, message, '203.0.113.11')).status).toBe(202)
    await deliver(app)
    const relayed = await smtp.waitFor(
      (m) =>
        m.envelopeTo.includes('atelier@example.test') &&
        m.subject === 'Réponse à votre annonce « Masques FFP2 disponibles »',
    )
    expect(relayed.headers['reply-to']).toContain('paul@transports.test')
    expect(relayed.text).toContain('Nous pouvons en prendre 500 pour nos chauffeurs.')
    expect(smtp.to('paul@transports.test')).toHaveLength(0)

    expect((await owner('matched')).status).toBe(200)
    expect((await publicList()).totalDocs).toBe(0)
    expect((await post(`/api/aid-posts/${id}/contact`, message, '203.0.113.12')).status).toBe(409)

    advanceClock(31 * DAY)
    await sweep(app)
    expect((await app.payload.findByID({ collection: 'aid-posts', id, overrideAccess: true })).status).toBe('expired')
    await smtp.waitFor(
      (m) => m.envelopeTo.includes('atelier@example.test') && m.subject.includes('n’est plus affichée'),
    )
    const renewed = await owner('renew')
    expect(((await renewed.json()) as { status: string }).status).toBe('published')
    expect((await owner('close')).status).toBe(200)
    expect((await owner('renew')).status).toBe(409)
    resetClock()
  })

  test('an owner’s update goes back to moderation', async () => {
    expect(
      (
        await post(
          '/api/aid-posts/submit',
          masks({
            kind: 'request',
            title: 'Cherche entrepôt 200 m²',
            category: 'locaux',
            ownerEmail: 'negoce@example.test',
          }),
          '203.0.113.20',
        )
      ).status,
    ).toBe(202)
    await deliver(app)
    const { id, token } = linkIn((await smtp.waitFor((m) => m.envelopeTo.includes('negoce@example.test'))).text)
    await app.request(`/api/aid-posts/${id}/owner`, { method: 'POST', json: { token, action: 'confirm' } })
    await app.request(`/api/aid-posts/${id}`, { method: 'PATCH', token: tokens.lyon, json: { status: 'published' } })
    expect((await publicList('?kind=request')).totalDocs).toBe(1)
    const updated = await app.request(`/api/aid-posts/${id}/owner`, {
      method: 'POST',
      json: { token, action: 'update', title: 'Cherche entrepôt 300 m²', ownerEmail: 'someone-else@example.test' },
    })
    expect(updated.status).toBe(200)
    expect((await updated.json()) as { status: string; doc: { title: string } }).toMatchObject({
      status: 'pending',
      doc: { title: 'Cherche entrepôt 300 m²', ownerEmail: 'negoce@example.test' },
    })
    expect((await publicList('?kind=request')).totalDocs).toBe(0)
    const bad = await app.request(`/api/aid-posts/${id}/owner`, {
      method: 'POST',
      json: { token, action: 'update', postalCode: '00000' },
    })
    expect(bad.status).toBe(400)
  })
})

describe('contact relay abuse', () => {
  let id: string
  beforeAll(async () => {
    await post(
      '/api/aid-posts/submit',
      masks({ title: 'Gel hydroalcoolique', ownerEmail: 'gel@example.test' }),
      '203.0.113.30',
    )
    await deliver(app)
    const link = linkIn((await smtp.waitFor((m) => m.envelopeTo.includes('gel@example.test'))).text)
    id = link.id
    await app.request(`/api/aid-posts/${id}/owner`, { method: 'POST', json: { token: link.token, action: 'confirm' } })
    await app.request(`/api/aid-posts/${id}`, { method: 'PATCH', token: tokens.lyon, json: { status: 'published' } })
  })

  test('the honeypot: answered, not relayed', async () => {
    expect(
      (await post(`/api/aid-posts/${id}/contact`, { ...message, fax: 'x', email: 'bot@spam.test' }, '198.51.100.50'))
        .status,
    ).toBe(202)
    await deliver(app)
    expect(smtp.to('gel@example.test').filter((m) => m.text.includes('bot@spam.test'))).toHaveLength(0)
  })

  test('a flood gets 429', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 4; i++)
      statuses.push(
        // Refused by the relay itself (a message the edge refuses never reaches it): three links.
        (
          await post(
            `/api/aid-posts/${id}/contact`,
            { ...message, message: 'https://a.example https://b.example https://c.example' },
            '198.51.100.51',
          )
        ).status,
      )
    expect(statuses).toEqual([400, 400, 400, 429])
  })

  test('a department without the service: refused', async () => {
    const response = await post(
      '/api/aid-posts/submit',
      masks({ postalCode: '33000', city: 'Bordeaux' }),
      '198.51.100.52',
    )
    expect(response.status).toBe(422)
  })
})
