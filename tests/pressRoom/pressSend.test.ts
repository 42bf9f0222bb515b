import type { Delivery } from '../../src/payload-types'
import { startTestApp, type TestApp } from '../helpers/app'
import { DISTRIBUTION_ENV } from '../helpers/distribution'
import { pressContact, pressList, publishRelease } from '../helpers/press'
import { startSmtp, type TestSmtp } from '../helpers/smtp'

/*
 * A release published to a press list, sent by the app's own worker to a real SMTP server: who
 * gets it (consented, not opted out, on the list), what it says under embargo, that a second
 * publication sends nothing more, and the signed one-click unsubscribe.
 */
let app: TestApp
let smtp: TestSmtp

beforeAll(async () => {
  smtp = await startSmtp()
  app = await startTestApp('press-send', { seed: true, env: { ...DISTRIBUTION_ENV, SMTP_URL: smtp.url } })
}, 60_000)
afterAll(async () => {
  await app?.close()
  await smtp?.close()
})

const emailsOf = async (releaseId: number | string): Promise<Delivery[]> => {
  await app.worker!.idle()
  const { docs } = await app.payload.find({
    collection: 'deliveries',
    where: { and: [{ itemCollection: { equals: 'press-releases' } }, { itemId: { equals: String(releaseId) } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs
}

/** The link's path and query on the test server (the link names the configured SERVER_URL). */
const onTestServer = (link: string) => {
  const url = new URL(link)
  return `${url.pathname}${url.search}`
}

describe('sending a release to the press list', () => {
  const embargoUntil = '2031-03-02T08:00:00.000Z'
  let list: number | string
  let release: { id: number | string }
  const people: Record<string, { id: number | string; email: string }> = {}

  beforeAll(async () => {
    list = await pressList(app.payload)
    const other = await pressList(app.payload)
    people.consented = await pressContact(app.payload, { lists: [list] })
    people.interest = await pressContact(app.payload, {
      lists: [list],
      legalBasis: 'legitimate-interest',
      consentAt: null,
      legitimateInterestNote: 'Couvre l’économie régionale',
    })
    people.optedOut = await pressContact(app.payload, { lists: [list], optOutAt: '2026-02-01T00:00:00.000Z' })
    people.elsewhere = await pressContact(app.payload, { lists: [other] })
    release = await publishRelease(app.payload, {
      title: 'Plan de soutien aux commerces',
      embargoUntil,
      pressLists: [list],
      keyFigures: [{ value: '1 200', label: 'commerces aidés' }],
    })
  })

  test('each consented contact of the list gets one e-mail marked SOUS EMBARGO, in HTML and text; the opted-out and other lists get none', async () => {
    const deliveries = await emailsOf(release.id)
    expect(deliveries.map((d) => d.status)).toEqual(['delivered', 'delivered'])
    for (const who of ['consented', 'interest']) {
      const mails = smtp.to(people[who].email)
      expect(mails).toHaveLength(1)
      const [mail] = mails
      expect(mail.subject).toBe('[SOUS EMBARGO jusqu’au 2 mars 2031 à 09:00] Plan de soutien aux commerces')
      expect(mail.text).toContain('SOUS EMBARGO jusqu’au 2 mars 2031 à 09:00')
      expect(mail.text).toContain('- 1 200 commerces aidés')
      expect(mail.html).toContain('SOUS EMBARGO jusqu’au 2 mars 2031 à 09:00')
      expect(mail.html).toContain('<h1>Plan de soutien aux commerces</h1>')
      expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click')
      expect(mail.headers['list-unsubscribe']).toMatch(
        /^<https?:\/\/.+\/api\/media-contacts\/unsubscribe\?c=\d+&s=[\w-]+>$/,
      )
    }
    expect(smtp.to(people.optedOut.email)).toHaveLength(0)
    expect(smtp.to(people.elsewhere.email)).toHaveLength(0)
  })

  test('the release shows its counts: two recipients, two sent', async () => {
    const token = await app.login('editor@newsroom.test')
    const response = await app.request(`/api/press-releases/${release.id}/send-summary`, { token })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ recipients: 2, sent: 2, failed: 0, pending: 0, cancelled: 0 })
    expect((await app.request(`/api/press-releases/${release.id}/send-summary`)).status).toBe(401)
  })

  test('a second publication, and an unpublish then republish, send nothing more; a contact new to the list gets it once', async () => {
    await app.payload.update({
      collection: 'press-releases',
      id: release.id,
      data: { title: 'Plan de soutien aux commerces (corrigé)' },
      overrideAccess: true,
    })
    await app.payload.update({
      collection: 'press-releases',
      id: release.id,
      data: { _status: 'draft' },
      overrideAccess: true,
    })
    await app.payload.update({
      collection: 'press-releases',
      id: release.id,
      data: { _status: 'published', workflowStatus: 'approved' } as never,
      overrideAccess: true,
    })
    expect(await emailsOf(release.id)).toHaveLength(2)
    expect(smtp.to(people.consented.email)).toHaveLength(1)

    const newcomer = await pressContact(app.payload, { lists: [list] })
    await app.payload.update({
      collection: 'press-releases',
      id: release.id,
      data: { summary: 'Mis à jour.' },
      overrideAccess: true,
    })
    expect(await emailsOf(release.id)).toHaveLength(3)
    expect(smtp.to(newcomer.email)).toHaveLength(1)
    expect(smtp.to(people.consented.email)).toHaveLength(1)
  })

  test('the one-click unsubscribe works without an account, at once: the next release is not sent to them', async () => {
    const [mail] = smtp.to(people.consented.email)
    const link = onTestServer(mail.headers['list-unsubscribe'].slice(1, -1))

    const forged = link.replace(/s=[\w-]+/, 's=AAAA')
    expect(
      (
        await app.request(forged, {
          method: 'POST',
          body: 'List-Unsubscribe=One-Click',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        })
      ).status,
    ).toBe(400)
    // Visiting the link (a mail scanner does) only shows the button.
    const page = await app.request(link)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('<form method="post"')
    expect(
      (await app.payload.findByID({ collection: 'media-contacts', id: people.consented.id, overrideAccess: true }))
        .optOutAt,
    ).toBeFalsy()

    const response = await app.request(link, {
      method: 'POST',
      body: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('vous ne recevrez plus nos communiqués')
    const contact = await app.payload.findByID({
      collection: 'media-contacts',
      id: people.consented.id,
      overrideAccess: true,
    })
    expect(contact.optOutAt).toBeTruthy()
    expect(contact.optOutVia).toBe('unsubscribe link')

    const next = await publishRelease(app.payload, { pressLists: [list] })
    const sent = await emailsOf(next.id)
    expect(sent).toHaveLength(2)
    expect(smtp.to(people.consented.email)).toHaveLength(1)
    expect(smtp.to(people.interest.email)).toHaveLength(2)
  })

  test('a release without embargo is not marked; its link in the text is its /presse page', async () => {
    const plain = await publishRelease(app.payload, { title: 'Nomination au réseau', pressLists: [list] })
    await emailsOf(plain.id)
    const mail = smtp.to(people.interest.email).find((m) => m.subject === 'Nomination au réseau')
    expect(mail).toBeDefined()
    expect(mail!.text).not.toContain('EMBARGO')
    expect(mail!.text).toMatch(/\/presse\/nomination-au-reseau/)
  })
})
