import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'

import { generateSecret } from '../../src/distribution/standardWebhooks'
import type { SiteEventBody } from '../../src/distribution/types'
import { webhookReceiver, type WebhookReceiver } from '../helpers/receivers/webhookReceiver'
import { newsroomApi, type Api } from './helpers/api'
import { signIn } from './helpers/adminSession'
import { root, startProductionServer, type ProductionServer } from './helpers/productionServer'

const PASSWORD = 'e2e-deliveries-password'
const screenshots = path.join(root, 'test-results')
const secret = generateSecret()

let server: ProductionServer
let site: WebhookReceiver
let api: Api
const browsers: BrowserContext[] = []

beforeAll(async () => {
  site = webhookReceiver({ secrets: [secret] })
  await site.start()
  // The receiver listens on 127.0.0.1.
  server = await startProductionServer('deliveries', { env: { ALLOW_PRIVATE_DESTINATIONS: 'true' } })
  await server.seed(PASSWORD)
  mkdirSync(screenshots, { recursive: true })
  api = newsroomApi(server.url, PASSWORD)
  // The seed's site destination, pointed at a receiver that records what it gets.
  const admin = await api.tokenOf('admin@newsroom.test')
  const {
    docs: [destination],
  } = await api.ok<{ docs: { id: number }[] }>(
    admin,
    'GET',
    '/api/destinations?where[kind][equals]=site-webhook&depth=0',
  )
  await api.ok(admin, 'PATCH', `/api/destinations/${destination.id}`, {
    url: `${site.url}/api/revalidate`,
    secret,
    collections: ['articles'],
  })
  // A bound, not an expectation: the seed alone can take a minute on a busy two-core machine.
}, 300_000)
afterAll(async () => {
  for (const browser of browsers) await browser.close()
  await site?.close()
  if (server) expect(await server.stop()).toBe(0)
})

const signedIn = (email: string) => signIn(server.url, email, PASSWORD, browsers)

/** The summary's line for the site webhook, once the send is recorded as delivered. */
async function deliveredSiteLine(page: Page, label: string): Promise<string> {
  const summary = page.getByRole('list', { name: 'Envois' })
  // The send may still be recorded as under way when the page opens: the summary looks again by itself.
  const line = summary.locator('.deliveries-summary__line[data-status="delivered"]', { hasText: label })
  await line.waitFor()
  expect(await summary.getByRole('listitem').count()).toBe(1)
  // Delivered: nothing to retry.
  expect(await line.getByRole('button', { name: /Réessayer/ }).count()).toBe(0)
  await line.scrollIntoViewIfNeeded()
  return (await line.innerText()).replace(/\s+/g, ' ')
}

test('the article’s page shows that the site received its publication: by name to the admin, as a webhook to the editor', async () => {
  const editorToken = await api.tokenOf('editor@newsroom.test')
  const { doc } = await api.ok<{ doc: { id: number } }>(editorToken, 'POST', '/api/articles', {
    title: 'Aides à l’embauche : le point',
    format: 'news',
    _status: 'published',
    workflowStatus: 'approved',
  })
  const received = await site.waitFor((request) => (request.json as SiteEventBody).id === String(doc.id))
  expect(received.verified).toBe(true)

  // Editors do not read destinations (they hold credentials), so the line names the kind of send.
  const editor = await signedIn('editor@newsroom.test')
  await editor.goto(`${server.url}/admin/collections/articles/${doc.id}`)
  expect(await deliveredSiteLine(editor, 'Site / webhook')).toMatch(/^Site \/ webhook ✔ délivré \d{2}:\d{2}$/)
  await editor.screenshot({ path: path.join(screenshots, 'deliveries-summary-editor.png'), fullPage: true })

  const admin = await signedIn('admin@newsroom.test')
  await admin.goto(`${server.url}/admin/collections/articles/${doc.id}`)
  expect(await deliveredSiteLine(admin, 'Site public')).toMatch(/^Site public ✔ délivré \d{2}:\d{2}$/)
  await admin.screenshot({ path: path.join(screenshots, 'deliveries-summary-admin.png'), fullPage: true })
})

test('a piece never published says it was sent nowhere', async () => {
  const editorToken = await api.tokenOf('editor@newsroom.test')
  const { doc } = await api.ok<{ doc: { id: number } }>(editorToken, 'POST', '/api/articles', {
    title: 'Brouillon jamais publié',
    format: 'news',
  })
  const editor = await signedIn('editor@newsroom.test')
  await editor.goto(`${server.url}/admin/collections/articles/${doc.id}`)
  await editor.locator('.deliveries-summary').getByText('Aucun envoi').waitFor()
})
