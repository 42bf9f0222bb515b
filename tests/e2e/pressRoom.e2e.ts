import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { BrowserContext } from 'playwright-core'

import { startSmtp, type TestSmtp } from '../helpers/smtp'
import { signIn } from './helpers/adminSession'
import { newsroomApi, type Api } from './helpers/api'
import { openBrowser } from './helpers/browser'
import { root, startProductionServer, type ProductionServer } from './helpers/productionServer'

/*
 * The press room in the admin of the production build: a release sent under embargo to a small
 * press list (a real SMTP server receives it) shows its send counts on its edit view; the coverage
 * list opens on its report. On the public site, /presse lists the releases out of embargo and each
 * has its page. Screenshots go to test-results/.
 */
const PASSWORD = 'e2e-press-room-password'
const screenshots = path.join(root, 'test-results')

let server: ProductionServer
let smtp: TestSmtp
let api: Api
const browsers: BrowserContext[] = []

beforeAll(async () => {
  smtp = await startSmtp()
  server = await startProductionServer('press-room', { env: { SMTP_URL: smtp.url } })
  await server.seed(PASSWORD)
  mkdirSync(screenshots, { recursive: true })
  api = newsroomApi(server.url, PASSWORD)
}, 300_000)
afterAll(async () => {
  for (const browser of browsers) await browser.close()
  if (server) expect(await server.stop()).toBe(0)
  await smtp?.close()
})

test('the release’s edit view shows what was sent to the press list', async () => {
  const editor = await api.tokenOf('editor@newsroom.test')
  const { doc: list } = await api.ok<{ doc: { id: number } }>(editor, 'POST', '/api/press-lists', {
    name: 'Presse économique',
  })
  const contacts = [
    {
      name: 'Léa Morel',
      email: 'lea.morel@echos.test',
      outlet: 'Les Échos',
      medium: 'print',
      legalBasis: 'consent',
      consentAt: '2026-01-15T00:00:00.000Z',
    },
    {
      name: 'Marc Dupin',
      email: 'marc.dupin@radio.test',
      outlet: 'France Bleu',
      medium: 'radio',
      legalBasis: 'legitimate-interest',
      legitimateInterestNote: 'Suit le réseau depuis 2019',
    },
    {
      name: 'Nina Vidal',
      email: 'nina.vidal@tv.test',
      outlet: 'BFM Business',
      medium: 'tv',
      legalBasis: 'consent',
      consentAt: '2026-01-15T00:00:00.000Z',
    },
    {
      name: 'Omar Sall',
      email: 'omar.sall@web.test',
      outlet: 'Éco Web',
      medium: 'web',
      legalBasis: 'consent',
      consentAt: '2026-01-15T00:00:00.000Z',
      optOutAt: '2026-02-01T00:00:00.000Z',
    },
  ]
  for (const contact of contacts) await api.ok(editor, 'POST', '/api/media-contacts', { ...contact, lists: [list.id] })
  const { doc } = await api.ok<{ doc: { id: number } }>(editor, 'POST', '/api/press-releases', {
    title: 'Le réseau lance un fonds de soutien aux commerces',
    summary: '50 millions d’euros pour les commerces de proximité.',
    keyFigures: [
      { value: '50 M€', label: 'de fonds' },
      { value: '12 000', label: 'commerces éligibles' },
    ],
    embargoUntil: '2031-03-02T08:00:00.000Z',
    pressLists: [list.id],
    _status: 'published',
    workflowStatus: 'approved',
  })
  for (const contact of contacts.slice(0, 3)) await smtp.waitFor((mail) => mail.envelopeTo.includes(contact.email))
  expect(smtp.messages.every((mail) => mail.subject.startsWith('[SOUS EMBARGO jusqu’au 2 mars 2031 à 09:00]'))).toBe(
    true,
  )

  const page = await signIn(server.url, 'editor@newsroom.test', PASSWORD, browsers)
  await page.goto(`${server.url}/admin/collections/press-releases/${doc.id}`)
  const summary = page.locator('.press-send-summary')
  await summary.locator('[data-count="envoyés"]', { hasText: '3' }).waitFor()
  expect((await summary.innerText()).replace(/\s+/g, ' ')).toContain('3 destinataires 3 envoyés')
  await summary.scrollIntoViewIfNeeded()
  await page.screenshot({ path: path.join(screenshots, 'press-release-send-summary.png'), fullPage: true })

  const counts = await api.ok(editor, 'GET', `/api/press-releases/${doc.id}/send-summary`)
  expect(counts).toEqual({ recipients: 3, sent: 3, failed: 0, pending: 0, cancelled: 0 })
  expect(smtp.messages).toHaveLength(3)
  console.info(`demo send: ${JSON.stringify(counts)}; mails received by the SMTP server: ${smtp.messages.length}`)
})

test('the coverage list opens on its report, with a chart per week and medium', async () => {
  const editor = await api.tokenOf('editor@newsroom.test')
  const today = new Date()
  const daysAgo = (n: number) => new Date(today.getTime() - n * 86_400_000).toISOString()
  const items = [
    {
      title: 'Un fonds pour les commerces',
      outlet: 'Les Échos',
      medium: 'print',
      date: daysAgo(2),
      audience: 120000,
      tone: 'positive',
    },
    {
      title: 'Le réseau au micro',
      outlet: 'France Bleu',
      medium: 'radio',
      date: daysAgo(3),
      audience: 300000,
      tone: 'neutral',
    },
    {
      title: 'Plateau éco',
      outlet: 'BFM Business',
      medium: 'tv',
      date: daysAgo(9),
      audience: 450000,
      tone: 'positive',
    },
    {
      title: 'Critique du dispositif',
      outlet: 'Éco Web',
      medium: 'web',
      date: daysAgo(10),
      audience: 20000,
      tone: 'negative',
    },
    { title: 'Dépêche', outlet: 'AFP', medium: 'agency', date: daysAgo(16), tone: 'neutral' },
  ]
  for (const item of items) await api.ok(editor, 'POST', '/api/coverage', item)
  const page = await signIn(server.url, 'editor@newsroom.test', PASSWORD, browsers)
  await page.goto(`${server.url}/admin/collections/coverage`)
  const totals = page.getByTestId('coverage-totals')
  await totals.waitFor()
  // These five (890 000) and the demo seed's five of the last weeks (860 000).
  expect((await totals.innerText()).replace(/\s+/g, ' ')).toBe('10 retombées · 1 750 000 audience cumulée')
  const chart = page.locator('svg[aria-label="Par semaine et par type de média"]')
  expect(await chart.locator('rect').count()).toBeGreaterThanOrEqual(5)
  // The legend names the media as the admin does, not by their codes.
  const legend = (await page.locator('.coverage-report figcaption').innerText()).split(/\s*\n\s*/)
  expect(legend).toEqual(expect.arrayContaining(['Presse écrite', 'Radio', 'Télévision', 'Web', 'Agence']))
  expect(legend).not.toContain('print')
  await page.screenshot({ path: path.join(screenshots, 'coverage-report.png'), fullPage: true })
})

test('the public press room lists the releases out of embargo, and a release’s page shows all it carries', async () => {
  const editor = await api.tokenOf('editor@newsroom.test')
  const create = (title: string, extra: Record<string, unknown>) =>
    api.ok<{ doc: { id: number; slug: string } }>(editor, 'POST', '/api/press-releases', { title, ...extra })
  const { doc: embargoed } = await create('Communiqué sous embargo jusqu’en 2031', {
    embargoUntil: '2031-03-02T08:00:00.000Z',
    _status: 'published',
    workflowStatus: 'approved',
  })
  const { doc: draft } = await create('Communiqué encore en brouillon', { _status: 'draft' })
  // The demo seed's published release, with its figures, attachment, spokesperson and related articles.
  const TITLE = 'Communiqué : 2 400 entreprises accompagnées au premier trimestre'

  const browser = await openBrowser('fr-FR')
  browsers.push(browser)
  const reader = await browser.newPage()
  const list = await reader.goto(`${server.url}/presse`)
  expect(list!.status()).toBe(200)
  await reader.getByRole('heading', { level: 1, name: 'Communiqués de presse' }).waitFor()
  const titles = await reader.locator('.card__title a').allInnerTexts()
  expect(titles).toContain(TITLE)
  expect(titles).not.toContain('Communiqué sous embargo jusqu’en 2031')
  expect(titles).not.toContain('Communiqué encore en brouillon')
  expect(await reader.locator('a[href="/feeds/press-releases.atom"]').count()).toBe(1)
  await reader.screenshot({ path: path.join(screenshots, 'press-room-list.png'), fullPage: true })

  await reader.getByRole('link', { name: TITLE }).click()
  await reader.waitForURL((url) => url.pathname.startsWith('/presse/'))
  await reader.getByRole('heading', { level: 1, name: TITLE }).waitFor()
  const text = async (selector: string) => (await reader.locator(selector).innerText()).replace(/\s+/g, ' ')
  expect(await text('.key-figures')).toContain('2 400 entreprises accompagnées')
  expect(await text('.spokespeople')).toMatch(/Porte-parole \S/)
  expect(await text('.related')).toContain('Refus de PGE')
  const attachment = reader.locator('.attachments a').first()
  const href = (await attachment.getAttribute('href'))!
  expect(href).toMatch(/^\/api\/media\/file\//)
  expect((await fetch(`${server.url}${href}`)).status).toBe(200)
  expect(await reader.locator('body').innerText()).not.toContain('@newsroom.test')
  await reader.screenshot({ path: path.join(screenshots, 'press-release-page.png'), fullPage: true })

  for (const slug of [embargoed.slug, draft.slug]) {
    expect((await fetch(`${server.url}/presse/${slug}`)).status).toBe(404)
  }
})
