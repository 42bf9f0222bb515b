import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { BrowserContext } from 'playwright-core'

import { randomBytes } from 'node:crypto'

import { generateSecret, newWebhookId, webhookHeaders } from '../../src/distribution/standardWebhooks'
import { testDbKind } from '../helpers/testDatabase'
import { newsroomApi, type Api } from './helpers/api'
import { signIn } from './helpers/adminSession'
import { openBrowser } from './helpers/browser'
import { root, startProductionServer, type ProductionServer } from './helpers/productionServer'

const PASSWORD = 'e2e-site-password'
const screenshots = path.join(root, 'test-results')
// Given to the server (and so to the destination the seed creates), so the test can sign too.
const SITE_SECRET = generateSecret()
// Shared by every instance of the site: one session secret, one Redis channel of their own.
const INSTANCE_ENV = {
  SITE_WEBHOOK_SECRET: SITE_SECRET,
  PAYLOAD_SECRET: randomBytes(32).toString('hex'),
  REDIS_URL: process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379',
  REDIS_PREFIX: `e2e-site-${randomBytes(4).toString('hex')}:`,
}
const EDITOR = 'editor@newsroom.test'

// Bounds, not expectations: the worker is woken by the commit and sends at once.
const POLLS = 600
const POLL_MS = 100

let server: ProductionServer
let api: Api
const browsers: BrowserContext[] = []

beforeAll(async () => {
  server = await startProductionServer('site', { env: INSTANCE_ENV })
  await server.seed(PASSWORD)
  api = newsroomApi(server.url, PASSWORD)
  mkdirSync(screenshots, { recursive: true })
}, 300_000)
afterAll(async () => {
  for (const browser of browsers) await browser.close()
  if (server) expect(await server.stop()).toBe(0)
})

type Doc = { id: number; slug: string; title: string }

async function page(pathname: string, on = server): Promise<{ status: number; html: string }> {
  const response = await fetch(`${on.url}${pathname}`)
  return { status: response.status, html: await response.text() }
}

const h1Of = (html: string) => /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1]

/** The article as the editor publishes it: approved, then published. */
async function publishArticle(title: string, extra: Record<string, unknown> = {}): Promise<Doc> {
  const editor = await api.tokenOf(EDITOR)
  const { doc } = await api.ok<{ doc: Doc }>(editor, 'POST', '/api/articles', {
    title,
    format: 'news',
    workflowStatus: 'approved',
    _status: 'published',
    ...extra,
  })
  return doc
}

/** Waits until the site's destination has received the event about the piece. */
async function siteReceived(id: number, event: string, since = 0): Promise<void> {
  const editor = await api.tokenOf(EDITOR)
  const query = `where[itemId][equals]=${id}&where[event][equals]=${event}&where[status][equals]=delivered&depth=0`
  for (let poll = 0; poll < POLLS; poll++) {
    const { body } = await api.call<{ totalDocs: number }>(editor, 'GET', `/api/deliveries?${query}`)
    if (body.totalDocs > since) return
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
  throw new Error(`the site never received "${event}" for article ${id}`)
}

test('every page is French, has one h1, and its head comes from the SEO fields; sitemap and robots list the site', async () => {
  const {
    docs: [article],
  } = await api.ok<{ docs: (Doc & { heroImage: { alt: string } })[] }>(
    null,
    'GET',
    '/api/articles?where[heroImage][exists]=true&limit=1&depth=1',
  )
  const {
    docs: [sponsored],
  } = await api.ok<{ docs: Doc[] }>(null, 'GET', '/api/articles?where[sponsor][exists]=true&limit=1&depth=0')
  const {
    docs: [initiative],
  } = await api.ok<{ docs: (Doc & { adoptedBy: { name: string }[] })[] }>(
    null,
    'GET',
    '/api/initiatives?where[adoptedBy][exists]=true&limit=1&depth=1',
  )
  const {
    docs: [topic],
  } = await api.ok<{ docs: Doc[] }>(null, 'GET', '/api/topics?limit=1&depth=0')
  const paths = [
    '/',
    '/articles',
    '/faq',
    '/guides',
    '/events',
    '/success-stories',
    '/initiatives',
    '/dossiers',
    '/thematiques',
    `/thematiques/${topic.slug}`,
    '/publics/entrepreneurs',
    '/contacts',
    `/articles/${article.slug}`,
    `/initiatives/${initiative.slug}`,
    '/recherche?q=aides',
  ]
  for (const pathname of paths) {
    const { status, html } = await page(pathname)
    expect([pathname, status]).toEqual([pathname, 200])
    expect([pathname, html.includes('<html lang="fr"')]).toEqual([pathname, true])
    expect([pathname, html.match(/<h1[\s>]/g)?.length]).toEqual([pathname, 1])
  }

  const { html } = await page(`/articles/${article.slug}`)
  expect(h1Of(html)).toBe(article.title.replace(/'/g, '&#x27;'))
  expect(html).toContain(
    `<link rel="canonical" href="http://localhost:${new URL(server.url).port}/articles/${article.slug}"/>`,
  )
  expect(html).toMatch(
    /<meta property="og:image" content="http:\/\/localhost:\d+\/api\/media\/file\/[^"]+-1200x630\.webp"\/>/,
  )
  // The hero picture: every size offered, described by the media's alt text.
  expect(html).toMatch(
    new RegExp(
      `<img[^>]+srcSet="[^"]+ 400w, [^"]+ 768w, [^"]+ 1600w[^"]*"[^>]*alt="${article.heroImage.alt.replace(/’/g, '’')}"`,
    ),
  )
  expect((await page(`/articles/${sponsored.slug}`)).html).toContain('Contenu sponsorisé')
  const adopters = (await page(`/initiatives/${initiative.slug}`)).html
  for (const chamber of initiative.adoptedBy) expect(adopters).toContain(chamber.name.replace(/'/g, '&#x27;'))

  const sitemap = await page('/sitemap.xml')
  expect(sitemap.status).toBe(200)
  expect(sitemap.html).toContain(`/articles/${article.slug}</loc>`)
  expect((await page('/robots.txt')).html).toMatch(/^Sitemap: http:\/\/localhost:\d+\/sitemap\.xml$/m)
})

test('a change published in the admin reaches the public page through the signed webhook, without a restart; unpublished, the page answers 404', async () => {
  const doc = await publishArticle('Prêts garantis : la version initiale')
  await siteReceived(doc.id, 'published')
  const address = `/articles/${doc.slug}`
  expect(h1Of((await page(address)).html)).toBe('Prêts garantis : la version initiale')

  const editor = await signIn(server.url, EDITOR, PASSWORD, browsers)
  await editor.goto(`${server.url}/admin/collections/articles/${doc.id}`)
  await editor.locator('#field-title').fill('Prêts garantis : la version corrigée')
  await editor.locator('#action-save').click()
  await siteReceived(doc.id, 'updated')
  await editor.goto(`${server.url}${address}`)
  expect(await editor.locator('h1').innerText()).toBe('Prêts garantis : la version corrigée')
  await editor.screenshot({ path: path.join(screenshots, 'site-article-corrected.png'), fullPage: true })
  // The lists it appears in were rebuilt too (the webhook's "articles" tag).
  expect((await page('/articles')).html).toContain('Prêts garantis : la version corrigée')

  await api.ok(await api.tokenOf(EDITOR), 'PATCH', `/api/articles/${doc.id}`, { _status: 'draft' })
  await siteReceived(doc.id, 'unpublished')
  expect((await page(address)).status).toBe(404)
  expect((await page('/articles')).html).not.toContain('Prêts garantis')
  const reader = await (await openBrowser('fr-FR').then((b) => (browsers.push(b), b))).newPage()
  const response = await reader.goto(`${server.url}${address}`)
  expect(response?.status()).toBe(404)
  await reader.getByRole('heading', { level: 1, name: 'Page introuvable' }).waitFor()
  await reader.screenshot({ path: path.join(screenshots, 'site-article-unpublished.png'), fullPage: true })
})

test('an unsigned or badly signed webhook gets 401 and rebuilds nothing; a signed one rebuilds exactly its paths', async () => {
  const admin = await api.tokenOf('admin@newsroom.test')
  const {
    docs: [destination],
  } = await api.ok<{ docs: { id: number }[] }>(
    admin,
    'GET',
    '/api/destinations?where[kind][equals]=site-webhook&depth=0',
  )
  const doc = await publishArticle('Fonds de solidarité : avant')
  await siteReceived(doc.id, 'published')
  const address = `/articles/${doc.slug}`
  expect(h1Of((await page(address)).html)).toBe('Fonds de solidarité : avant')

  // With the site's destination switched off, a change reaches the database and not the page.
  await api.ok(admin, 'PATCH', `/api/destinations/${destination.id}`, { enabled: false })
  try {
    await api.ok(await api.tokenOf(EDITOR), 'PATCH', `/api/articles/${doc.id}`, {
      title: 'Fonds de solidarité : après',
    })
    expect(h1Of((await page(address)).html)).toBe('Fonds de solidarité : avant')

    const body = JSON.stringify({
      event: 'updated',
      collection: 'articles',
      id: String(doc.id),
      paths: [address],
      tags: ['articles', `articles:${doc.id}`],
    })
    const post = (headers: Record<string, string>) =>
      fetch(`${server.url}/webhooks/site`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
      })
    const signed = (secret: string, timestamp = Math.floor(Date.now() / 1000)) =>
      webhookHeaders({ id: newWebhookId(), timestamp, body, secrets: [secret] })

    const refusals = [
      await post({}),
      await post(signed(generateSecret())),
      await post(signed(SITE_SECRET, Math.floor(Date.now() / 1000) - 3600)),
    ]
    expect(refusals.map((r) => r.status)).toEqual([401, 401, 401])
    expect(((await refusals[1].json()) as { errors: { message: string }[] }).errors[0].message).toBe(
      'Signature refused: No signature matches.',
    )
    expect(h1Of((await page(address)).html)).toBe('Fonds de solidarité : avant')

    const accepted = await post(signed(SITE_SECRET))
    expect(accepted.status).toBe(200)
    expect(await accepted.json()).toEqual({
      revalidated: { paths: [address], tags: ['articles', `articles:${doc.id}`] },
    })
    expect(h1Of((await page(address)).html)).toBe('Fonds de solidarité : après')
  } finally {
    await api.ok(admin, 'PATCH', `/api/destinations/${destination.id}`, { enabled: true })
  }
})

test('drafts and embargoed pieces appear in no page, not in the sitemap, not in search', async () => {
  const editor = await api.tokenOf(EDITOR)
  const { doc: draft } = await api.ok<{ doc: Doc }>(editor, 'POST', '/api/articles?draft=true', {
    title: 'Brouillon zéphyrin confidentiel',
    format: 'news',
    _status: 'draft',
  })
  const embargoed = await publishArticle('Annonce zéphyrine sous embargo', {
    embargoUntil: new Date(Date.now() + 86_400_000).toISOString(),
  })
  // A later publication rebuilds the lists, the home page and the sitemap after the two above exist.
  const visible = await publishArticle('Annonce zéphyrine publique')
  await siteReceived(visible.id, 'published')

  for (const hidden of [draft, embargoed])
    expect([hidden.title, (await page(`/articles/${hidden.slug}`)).status]).toEqual([hidden.title, 404])
  for (const pathname of [
    '/',
    '/articles',
    '/sitemap.xml',
    '/recherche?q=z%C3%A9phyrine',
    '/recherche?q=z%C3%A9phyrin',
  ]) {
    const { html } = await page(pathname)
    expect([pathname, html.includes('Brouillon zéphyrin') || html.includes(draft.slug)]).toEqual([pathname, false])
    expect([pathname, html.includes('sous embargo') || html.includes(embargoed.slug)]).toEqual([pathname, false])
  }
  for (const pathname of ['/', '/articles', '/sitemap.xml', '/recherche?q=z%C3%A9phyrine']) {
    expect([
      pathname,
      (await page(pathname)).html.includes(pathname === '/sitemap.xml' ? visible.slug : 'Annonce zéphyrine publique'),
    ]).toEqual([pathname, true])
  }
})

test('staff see a draft live in the admin’s preview, unsaved edits included; nobody else opens the preview', async () => {
  const doc = await publishArticle('Aide à l’export : la page publiée')
  const editor = await signIn(server.url, EDITOR, PASSWORD, browsers)
  await editor.goto(`${server.url}/admin/collections/articles/${doc.id}`)
  await editor.locator('#live-preview-toggler').click()
  const frame = editor.frameLocator('#live-preview-iframe')
  await frame.getByRole('heading', { level: 1, name: 'Aide à l’export : la page publiée' }).waitFor()
  await editor.locator('#field-title').fill('Aide à l’export : une correction en cours')
  await frame.getByRole('heading', { level: 1, name: 'Aide à l’export : une correction en cours' }).waitFor()
  await frame.getByText('Aperçu : cette version n’est peut-être pas publiée.').waitFor()
  await editor.screenshot({ path: path.join(screenshots, 'site-live-preview.png'), fullPage: true })
  expect(h1Of((await page(`/articles/${doc.slug}`)).html)).toBe('Aide à l’export : la page publiée')

  const previewUrl = await editor.locator('#live-preview-iframe').getAttribute('src')
  expect(previewUrl).toMatch(new RegExp(`/preview/articles/${doc.id}\\?token=\\d+\\.[\\w-]{43}$`))
  // The edit view's preview button opens the same page in a tab of its own.
  expect(await editor.locator('#preview-button').getAttribute('href')).toMatch(
    new RegExp(`/preview/articles/${doc.id}\\?token=\\d+\\.[\\w-]{43}$`),
  )
  // Without a session, or with a token for another document: the site's 404.
  expect((await fetch(previewUrl!)).status).toBe(404)
  // Opened as a browser opens a link, in a tab of the editor's session (the cookie's origin check
  // wants a browser's request, not a bare HTTP client's).
  const open = async (url: string) => (await (await editor.context().newPage()).goto(url))!.status()
  expect(await open(previewUrl!.replace(`/preview/articles/${doc.id}?`, `/preview/articles/${doc.id + 1}?`))).toBe(404)
  expect(await open(previewUrl!)).toBe(200)
})

test('the contacts map draws every chamber, and the nearest-chamber form answers', async () => {
  const reader = await (await openBrowser('fr-FR').then((b) => (browsers.push(b), b))).newPage()
  await reader.goto(`${server.url}/contacts`)
  expect(await reader.locator('svg .chamber-point').count()).toBeGreaterThanOrEqual(101)
  const form = reader.locator('.nearest-chamber')
  await form.getByLabel('Code postal').fill('69003')
  await form.getByRole('button', { name: 'Rechercher' }).click()
  const first = form.locator('.nearest-chamber__result').first()
  await first.waitFor()
  expect(await first.innerText()).toContain('Lyon')
  expect(await form.locator('.nearest-chamber__result').count()).toBe(5)
  await form.getByLabel('Code postal').fill('123')
  await form.getByRole('button', { name: 'Rechercher' }).click()
  await form.getByRole('alert').waitFor()
  await reader.screenshot({ path: path.join(screenshots, 'site-contacts-map.png'), fullPage: true })
})

// Several instances share a database on PostgreSQL; SQLite is for one instance (see the README).
const onPostgres = testDbKind() === 'postgres'

// Chosen up front so that a SQLite run reports the case as skipped, with the reason, instead of leaving it out.
const onPostgresOnly = onPostgres ? test : test.skip
const SEVERAL_INSTANCES =
  'with several instances, a webhook received by one rebuilds the page on all of them (through Redis; ' +
  'skipped on SQLite, which serves one instance)'
onPostgresOnly(SEVERAL_INSTANCES, async () => {
  const second = await startProductionServer('site-second', { sameDatabaseAs: server, env: INSTANCE_ENV })
  try {
    const doc = await publishArticle('Deux instances : avant')
    await siteReceived(doc.id, 'published')
    const address = `/articles/${doc.slug}`
    expect(h1Of((await page(address, second)).html)).toBe('Deux instances : avant')

    // The site's destination is the first instance: the second learns of the change through Redis.
    await api.ok(await api.tokenOf(EDITOR), 'PATCH', `/api/articles/${doc.id}`, { title: 'Deux instances : après' })
    await siteReceived(doc.id, 'updated')
    let title: string | undefined
    for (let poll = 0; poll < POLLS && title !== 'Deux instances : après'; poll++) {
      if (poll) await new Promise((resolve) => setTimeout(resolve, POLL_MS))
      title = h1Of((await page(address, second)).html)
    }
    expect(title).toBe('Deux instances : après')
  } finally {
    expect(await second.stop()).toBe(0)
  }
})
