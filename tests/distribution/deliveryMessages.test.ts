import { deliverySettings } from '../../src/distribution/settings'
import { startDeliveryWorker } from '../../src/outbox/worker'
import type { Delivery } from '../../src/payload-types'
import { startTestApp, type TestApp } from '../helpers/app'
import { createDestination, deliveriesOf, DISTRIBUTION_ENV, newSecret } from '../helpers/distribution'
import { pressContact, pressList, publishRelease } from '../helpers/press'
import { freePort } from '../helpers/process'
import { webhookReceiver, type WebhookReceiver } from '../helpers/receivers/webhookReceiver'
import { PUBLISH } from '../helpers/users'
import { toldAs } from '../../src/collections/Deliveries/said'

/**
 * Why a delivery was not sent is stored as a message key beside its English text, and read in the
 * reader's language: French by default, English for an English admin (Accept-Language, or the
 * admin's language cookie). What the receiver said is quoted as it came, in both.
 *
 * The worker is started by hand once every delivery is queued and its refusal set up (a contact
 * who opted out since, a destination switched off since), so each reaches the worker as intended.
 */
let app: TestApp
let admin: string
let receiver: WebhookReceiver

beforeAll(async () => {
  app = await startTestApp('delivery-messages', { seed: true, env: { ...DISTRIBUTION_ENV, DELIVERY_WORKER: 'false' } })
  admin = await app.login('admin@newsroom.test')
  receiver = webhookReceiver({ secrets: [], acceptUnverified: true })
  await receiver.start()
}, 120_000)
afterAll(async () => {
  await receiver?.close()
  await app?.close()
})

type Read = Delivery & { result?: string | null; said?: { code?: string | null; detail?: string | null } }

/** One delivery through REST as the admin: French unless a language is asked for, by header or by cookie. */
async function read(id: number | string, ask: { header?: string; cookie?: string } = {}): Promise<Read> {
  const headers: Record<string, string> = {}
  if (ask.header) headers['accept-language'] = ask.header
  if (ask.cookie) headers.cookie = `payload-lng=${ask.cookie}`
  const response = await app.request(`/api/deliveries/${id}?depth=0`, { token: admin, headers })
  expect(response.status).toBe(200)
  return (await response.json()) as Read
}

/** Runs a worker until every delivery has a final status. */
async function sendEverything(): Promise<void> {
  const worker = startDeliveryWorker(app.payload, deliverySettings())
  try {
    for (;;) {
      await worker.idle()
      const { totalDocs } = await app.payload.count({
        collection: 'deliveries',
        where: { status: { in: ['queued', 'sending', 'retrying'] } },
        overrideAccess: true,
      })
      if (totalDocs === 0) return
      await new Promise<void>((resolve) => setImmediate(resolve))
    }
  } finally {
    await worker.stop()
  }
}

let topics = 0
/** A webhook destination reached only by articles on its own topic, and one article queued for it. */
async function queuedFor(url: string): Promise<{ destination: { id: number | string }; delivery: Delivery }> {
  const topic = await app.payload.create({
    collection: 'topics',
    data: { title: `Messages ${(topics += 1)}` },
    overrideAccess: true,
  })
  const destination = await createDestination(app, admin, {
    name: `Récepteur ${topics}`,
    kind: 'webhook',
    url,
    secret: newSecret(),
    topics: [topic.id],
  })
  const article = await app.payload.create({
    collection: 'articles',
    data: { title: `Article ${topics}`, format: 'news', topics: [topic.id], ...PUBLISH } as never,
    overrideAccess: true,
  })
  const [delivery] = await deliveriesOf(app, 'articles', article.id)
  return { destination, delivery }
}

type Expected = { code: string; status: string; fr: string; en: string }
const cases: { name: string; id: number | string; expected: Expected }[] = []
let goneDestination: number | string

beforeAll(async () => {
  // Press e-mails: three contacts who could receive when the release went out, and no longer can.
  const list = await pressList(app.payload)
  const [unsubscribed, withoutBasis, erased] = await Promise.all(
    [1, 2, 3].map(() => pressContact(app.payload, { lists: [list] })),
  )
  const release = await publishRelease(app.payload, { pressLists: [list] })
  const emails = await deliveriesOf(app, 'press-releases', release.id)
  const emailTo = (contactId: number | string) => emails.find((d) => String(d.recipient) === String(contactId))!
  await app.payload.update({
    collection: 'media-contacts',
    id: unsubscribed.id,
    data: { optOutAt: new Date().toISOString() },
    overrideAccess: true,
  })
  // A record left without a basis (an import gone wrong): the rules of the form are not what is tested here.
  await app.payload.db.updateOne({
    collection: 'media-contacts',
    id: withoutBasis.id,
    data: { legalBasis: 'legitimate-interest', legitimateInterestNote: null },
  })
  const erasure = await app.request(`/api/media-contacts/${erased.id}/erase`, { method: 'POST', token: admin })
  expect(erasure.status).toBe(200)

  // Destinations: refused by the receiver, gone, switched off, unreachable.
  // Sent side by side: each destination's answer is chosen by its path, not by arrival order.
  const answers = (request: { path: string }) =>
    request.path === '/bad'
      ? { status: 400, body: { error: 'bad payload' } }
      : request.path === '/gone'
        ? { status: 410, body: 'gone for good' }
        : { status: 200 }
  // Every request takes one scripted answer, whoever sends it: enough for all of them.
  receiver.script(...Array.from({ length: 20 }, () => answers))
  const badRequest = await queuedFor(`${receiver.url}/bad`)
  const gone = await queuedFor(`${receiver.url}/gone`)
  const disabled = await queuedFor(`${receiver.url}/off`)
  await app.payload.update({
    collection: 'destinations',
    id: disabled.destination.id,
    data: { enabled: false, disabledReason: 'maintenance du site' },
    overrideAccess: true,
  })
  // Switched off by the platform itself (as after a 410 on an earlier send): its reason has a key.
  const platformOff = await queuedFor(`${receiver.url}/platform-off`)
  await app.payload.update({
    collection: 'destinations',
    id: platformOff.destination.id,
    data: {
      enabled: false,
      ...toldAs(
        'disabledReason',
        { code: 'destinationGone', params: { status: 410, at: '2026-12-04 08:00 UTC' } },
        'disabledSaid',
      ),
    },
    overrideAccess: true,
  })
  const deleted = await queuedFor(`${receiver.url}/deleted`)
  await app.payload.delete({ collection: 'destinations', id: deleted.destination.id, overrideAccess: true })
  const unreachable = await queuedFor(`http://127.0.0.1:${await freePort()}/hook`)

  await sendEverything()
  goneDestination = gone.destination.id

  cases.push(
    {
      name: 'a contact who unsubscribed',
      id: emailTo(unsubscribed.id).id,
      expected: {
        code: 'deliveryRecipientUnsubscribed',
        status: 'cancelled',
        fr: 'Non envoyé : le destinataire s’est désabonné.',
        en: 'Not sent: the recipient unsubscribed.',
      },
    },
    {
      name: 'a contact without a legal basis',
      id: emailTo(withoutBasis.id).id,
      expected: {
        code: 'deliveryNoLegalBasis',
        status: 'cancelled',
        fr: 'Non envoyé : aucune base légale enregistrée pour ce destinataire.',
        en: 'Not sent: no legal basis on record for this recipient.',
      },
    },
    {
      name: 'a contact whose data was erased',
      id: emailTo(erased.id).id,
      expected: {
        code: 'deliveryRecipientErased',
        status: 'cancelled',
        fr: 'Non envoyé : les données du destinataire ont été effacées.',
        en: 'Not sent: the recipient’s data was erased.',
      },
    },
    {
      name: 'a receiver answering 400',
      id: badRequest.delivery.id,
      expected: {
        code: 'deliveryHttpSaid',
        status: 'failed',
        fr: 'HTTP 400 : {"error":"bad payload"}',
        en: 'HTTP 400: {"error":"bad payload"}',
      },
    },
    {
      name: 'a receiver answering 410 Gone',
      id: gone.delivery.id,
      expected: {
        code: 'deliveryHttpSaid',
        status: 'failed',
        fr: 'HTTP 410 : gone for good Le destinataire a demandé à être désactivé (410 Gone) : la destination est coupée.',
        en: 'HTTP 410: gone for good The endpoint asked to be disabled (410 Gone): the destination is now off.',
      },
    },
    {
      name: 'a destination switched off',
      id: disabled.delivery.id,
      expected: {
        code: 'deliveryDestinationDisabledBecause',
        status: 'failed',
        fr: 'La destination est désactivée : maintenance du site.',
        en: 'The destination is disabled: maintenance du site.',
      },
    },
    {
      name: 'a destination the platform switched off',
      id: platformOff.delivery.id,
      expected: {
        code: 'deliveryDestinationDisabled',
        status: 'failed',
        fr: 'La destination est désactivée. Le point d’arrivée a répondu 410 Gone le 2026-12-04 08:00 UTC.',
        en: 'The destination is disabled. The endpoint answered 410 Gone on 2026-12-04 08:00 UTC.',
      },
    },
    {
      name: 'a destination deleted',
      id: deleted.delivery.id,
      expected: {
        code: 'deliveryDestinationDeleted',
        status: 'cancelled',
        fr: 'La destination a été supprimée.',
        en: 'The destination was deleted.',
      },
    },
    {
      name: 'a receiver nobody answers for',
      id: unreachable.delivery.id,
      expected: {
        code: 'deliveryConnectionRefused',
        status: 'failed',
        fr: 'connexion refusée Abandon après 4 tentatives.',
        en: 'connection refused Gave up after 4 attempts.',
      },
    },
  )
}, 120_000)

describe('a delivery that was not sent says why in the reader’s language', () => {
  test.each([
    'a contact who unsubscribed',
    'a contact without a legal basis',
    'a contact whose data was erased',
    'a receiver answering 400',
    'a receiver answering 410 Gone',
    'a destination switched off',
    'a destination the platform switched off',
    'a destination deleted',
    'a receiver nobody answers for',
  ])('%s', async (name) => {
    const { id, expected } = cases.find((c) => c.name === name)!
    const [fr, en, enByCookie] = [await read(id), await read(id, { header: 'en' }), await read(id, { cookie: 'en' })]
    expect({ status: fr.status, code: fr.said?.code, fr: fr.result, en: en.result, cookie: enByCookie.result }).toEqual(
      {
        status: expected.status,
        code: expected.code,
        fr: expected.fr,
        en: expected.en,
        cookie: expected.en,
      },
    )
    // The English text stays on record for operators and logs, whoever reads.
    expect([fr.lastMessage, en.lastMessage]).toEqual([expected.en, expected.en])
    // The last attempt, when there was one, reads the same way (less what the worker decided after it).
    const last = fr.attempts?.at(-1) as ({ result?: string | null } & Record<string, unknown>) | undefined
    if (last) expect(expected.fr.startsWith(String(last.result))).toBe(true)
  })

  test('a destination the platform switched off after a 410 says why in the reader’s language', async () => {
    const read = async (language: string) =>
      (await (
        await app.request(`/api/destinations/${goneDestination}?depth=0`, {
          token: admin,
          headers: { 'accept-language': language },
        })
      ).json()) as { enabled: boolean; disabledReason: string; disabledBecause: string }
    const [fr, en] = [await read('fr'), await read('en')]
    expect(fr.enabled).toBe(false)
    expect(fr.disabledBecause).toMatch(/^Le point d’arrivée a répondu 410 Gone le \d{4}-\d\d-\d\d \d\d:\d\d UTC\.$/)
    expect(en.disabledBecause).toMatch(/^The endpoint answered 410 Gone on \d{4}-\d\d-\d\d \d\d:\d\d UTC\.$/)
    // The English text stays on record for operators, whoever reads.
    expect([fr.disabledReason, en.disabledReason]).toEqual([en.disabledBecause, en.disabledBecause])
  })

  test('the receiver’s own words are kept apart, as they came', async () => {
    const { id } = cases.find((c) => c.name === 'a receiver answering 400')!
    expect((await read(id)).said).toMatchObject({
      code: 'deliveryHttpSaid',
      params: { status: 400 },
      detail: '{"error":"bad payload"}',
    })
  })

  test('a list of deliveries is worded for its reader too', async () => {
    const ids = cases.map((c) => c.id)
    const list = async (language: string) => {
      const response = await app.request(`/api/deliveries?where[id][in]=${ids.join(',')}&limit=50&depth=0`, {
        token: admin,
        headers: { 'accept-language': language },
      })
      const { docs } = (await response.json()) as { docs: Read[] }
      return Object.fromEntries(docs.map((d) => [String(d.id), d.result]))
    }
    const [fr, en] = [await list('fr'), await list('en')]
    for (const { id, expected } of cases) expect([fr[String(id)], en[String(id)]]).toEqual([expected.fr, expected.en])
  })

  test('a delivery recorded before messages had keys shows its stored text', async () => {
    const old = await app.payload.create({
      collection: 'deliveries',
      data: {
        itemCollection: 'articles',
        itemId: '999999',
        itemTitle: 'Ancien envoi',
        event: 'published',
        status: 'failed',
        lastMessage: 'HTTP 500: upstream exploded Gave up after 4 attempts.',
        attempts: [
          { at: new Date().toISOString(), statusCode: 500, outcome: 'retry', message: 'HTTP 500: upstream exploded' },
        ],
        webhookId: 'msg_old',
        orderKey: 'old',
      } as never,
      overrideAccess: true,
    })
    const [fr, en] = [await read(old.id), await read(old.id, { header: 'en' })]
    expect([fr.result, en.result]).toEqual([old.lastMessage, old.lastMessage])
    expect(fr.attempts?.map((a) => (a as { result?: string }).result)).toEqual(['HTTP 500: upstream exploded'])
  })

  test('sent again by hand: who asked, in each language', async () => {
    const { id } = cases.find((c) => c.name === 'a receiver answering 400')!
    const response = await app.request(`/api/deliveries/${id}/retry`, { method: 'POST', token: admin })
    expect(response.status).toBe(200)
    const [fr, en] = [await read(id), await read(id, { header: 'en' })]
    expect(fr.said?.code).toBe('deliveryRequeuedBy')
    expect(fr.result).toMatch(/^Remis en file par .+\.$/)
    expect(en.result).toMatch(/^Queued again by .+\.$/)
  })
})
