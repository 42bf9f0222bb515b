import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'

import { generateSecret } from '../../src/distribution/standardWebhooks'
import type { SiteEventBody } from '../../src/distribution/types'
import { webhookReceiver, type WebhookReceiver } from '../helpers/receivers/webhookReceiver'
import { signIn } from './helpers/adminSession'
import { root, startProductionServer, type ProductionServer } from './helpers/productionServer'

const PASSWORD = 'e2e-deliveries-password'
const screenshots = path.join(root, 'test-results')
const secret = generateSecret()

let server: ProductionServer
let site: WebhookReceiver
const browsers: BrowserContext[] = []

beforeAll(async () => {
  site = webhookReceiver({ secrets: [secret] })
  await site.start()
  // The server process gets this process's environment: the receiver listens on 127.0.0.1.
  const previous = process.env.ALLOW_PRIVATE_DESTINATIONS
  process.env.ALLOW_PRIVATE_DESTINATIONS = 'true'
  try {
    server = await startProductionServer('deliveries')
  } finally {
    if (previous === undefined) delete process.env.ALLOW_PRIVATE_DESTINATIONS
    else process.env.ALLOW_PRIVATE_DESTINATIONS = previous
  }
  await server.seed(PASSWORD)
  mkdirSync(screenshots, { recursive: true })
  const admin = await tokenOf('admin@newsroom.test')
  await call(admin, 'POST', '/api/destinations', { name: 'Site public', kind: 'site-webhook', url: `${site.url}/api/revalidate`, secret, collections: ['articles'] })
  // A bound, not an expectation: the seed alone can take a minute on a busy two-core machine.
}, 300_000)
afterAll(async () => {
  for (const browser of browsers) await browser.close()
  await site?.close()
  if (server) expect(await server.stop()).toBe(0)
})

async function tokenOf(email: string): Promise<string> {
  const response = await fetch(`${server.url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: PASSWORD }) })
  const body = (await response.json()) as { token?: string }
  if (!body.token) throw new Error(`login ${email} failed: ${response.status} ${JSON.stringify(body)}`)
  return body.token
}

async function call(token: string, method: string, route: string, json: unknown): Promise<{ doc: { id: number } }> {
  const response = await fetch(`${server.url}${route}`, { method, headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(json) })
  const body = (await response.json()) as { doc: { id: number } }
  if (response.status !== 201) throw new Error(`${method} ${route}: ${response.status} ${JSON.stringify(body)}`)
  return body
}

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
  const editorToken = await tokenOf('editor@newsroom.test')
  const { doc } = await call(editorToken, 'POST', '/api/articles', { title: 'Aides à l’embauche : le point', format: 'news', _status: 'published', workflowStatus: 'approved' })
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
  const editorToken = await tokenOf('editor@newsroom.test')
  const { doc } = await call(editorToken, 'POST', '/api/articles', { title: 'Brouillon jamais publié', format: 'news' })
  const editor = await signedIn('editor@newsroom.test')
  await editor.goto(`${server.url}/admin/collections/articles/${doc.id}`)
  await editor.locator('.deliveries-summary').getByText('Aucun envoi').waitFor()
})
