import { mkdirSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'

import { ownerToken } from '../../src/lib/crisis/ownerLinks'
import { startSmtp, type TestSmtp } from '../helpers/smtp'
import { enableCrisisServices, newsroomApi, type Api } from './helpers/api'
import { clickWhenReady, openBrowser } from './helpers/browser'
import { root, startProductionServer, type ProductionServer } from './helpers/productionServer'

const PASSWORD = 'e2e-aid-exchange'
// Known to the test so that it can open the owner's page as the e-mailed link would.
const SECRET = randomBytes(32).toString('hex')
const screenshots = path.join(root, 'test-results')
const EDITOR = 'editor@newsroom.test'
const POSTER = 'atelier.iroise@example.test'
const FIRST_TITLE = 'Visières de protection à céder'
const TITLE = 'Visières et gel hydroalcoolique à céder'

let smtp: TestSmtp
let server: ProductionServer
let api: Api
let browser: BrowserContext
// Another visitor, who replies: a browser of its own, whose cache has not seen the list before the approval.
let reader: BrowserContext

beforeAll(async () => {
  smtp = await startSmtp()
  // The notification queue runs on its own, as in production (every 5 s rather than every minute, so
  // the test does not wait up to a minute): the relayed message goes out by SMTP.
  server = await startProductionServer('aid-exchange', {
    env: { PAYLOAD_SECRET: SECRET, SMTP_URL: smtp.url, JOBS_EVERY_SECONDS: '5' },
  })
  await server.seed(PASSWORD)
  api = newsroomApi(server.url, PASSWORD)
  mkdirSync(screenshots, { recursive: true })
  await enableCrisisServices(api, EDITOR, '29')
  browser = await openBrowser('fr-FR')
  reader = await openBrowser('fr-FR')
}, 300_000)
afterAll(async () => {
  await browser?.close()
  await reader?.close()
  if (server) expect(await server.stop()).toBe(0)
  await smtp?.close()
})

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(screenshots, `aid-exchange-${name}.png`), fullPage: true })

test('a business posts an offer, edits it from its link; once approved it is found with the filters and a reply reaches it by e-mail', async () => {
  const page = await browser.newPage()
  await page.goto(`${server.url}/entraide`)
  expect(await page.locator('h1').textContent()).toBe('Entraide entre entreprises')

  const form = page.locator('form', { has: page.getByRole('heading', { name: 'Publier une offre ou une demande' }) })
  await form.getByLabel('Type').selectOption('offer')
  await form.getByLabel('Catégorie').selectOption('epi')
  await form.getByLabel('Titre').fill(FIRST_TITLE)
  await form.getByLabel(/Description/).fill('Deux cartons de visières, à retirer à l’atelier.')
  await form.getByLabel('Quantité').fill('2 cartons')
  await form.getByLabel('Entreprise').fill('Atelier d’Iroise')
  await form.getByLabel('Code postal').fill('29200')
  await form.getByLabel('Commune').fill('Brest')
  await form.getByLabel(/Votre e-mail/).fill(POSTER)
  await shot(page, '1-form')
  await clickWhenReady(form.getByRole('button', { name: 'Publier' }))
  await page.getByText('en attente de validation').waitFor()
  await shot(page, '2-submitted')

  const editor = await api.tokenOf(EDITOR)
  const { docs } = await api.ok<{ docs: { id: number }[] }>(
    editor,
    'GET',
    `/api/aid-posts?where[title][equals]=${encodeURIComponent(FIRST_TITLE)}&depth=0`,
  )
  expect(docs).toHaveLength(1)
  const { id } = docs[0]

  // The poster opens the e-mailed link, confirms, then corrects the title with the edit form.
  const token = encodeURIComponent(ownerToken(SECRET, 'aid-posts', id, new Date()))
  await page.goto(`${server.url}/entraide/gerer?id=${id}&jeton=${token}`)
  await page.getByTestId('owner-status').waitFor()
  await clickWhenReady(page.getByRole('button', { name: 'Confirmer mon adresse e-mail' }))
  await page.getByText('C’est fait.').waitFor()
  const edit = page.getByTestId('owner-edit-form')
  expect(await edit.getByLabel('Titre de l’annonce').inputValue()).toBe(FIRST_TITLE)
  expect(await edit.getByLabel('Offre ou demande').inputValue()).toBe('offer')
  await edit.getByLabel('Titre de l’annonce').fill('')
  await clickWhenReady(edit.getByRole('button', { name: 'Enregistrer les modifications' }))
  // The server's French refusal, beside the field it names.
  await edit.locator('#f-title-error').waitFor()
  await edit.getByLabel('Titre de l’annonce').fill(TITLE)
  await edit.getByRole('button', { name: 'Enregistrer les modifications' }).click()
  await page.getByText('Vos modifications sont enregistrées').waitFor()
  expect(await page.getByTestId('owner-status').textContent()).toContain('en attente de validation')
  await shot(page, '3-owner-edited')

  await api.ok(editor, 'PATCH', `/api/aid-posts/${id}`, { status: 'published' })
  const listed = await api.ok<{ docs: { title: string }[] }>(null, 'GET', '/api/aid-posts/public?department=29')
  expect(listed.docs.map((doc) => doc.title)).toContain(TITLE)

  const visitor = await reader.newPage()
  await visitor.goto(`${server.url}/entraide`)
  const list = visitor.locator('section[aria-labelledby="aid-list"]')
  const filters = list.locator('form.crisis-filters')
  const title = `Offre · ${TITLE}`
  // The list changes with each filter: the post goes away, then comes back, in turn.
  const shown = list.locator('.crisis-post h3', { hasText: title })
  await list.locator('.crisis-post').first().waitFor()
  await shot(visitor, '4-list')
  await shown.waitFor()

  await filters.getByLabel('Type').selectOption('request')
  await shown.waitFor({ state: 'detached' })
  await filters.getByLabel('Type').selectOption('offer')
  await shown.waitFor()
  await filters.getByLabel('Catégorie').selectOption('locaux')
  await shown.waitFor({ state: 'detached' })
  await filters.getByLabel('Catégorie').selectOption('epi')
  await shown.waitFor()
  await filters.getByLabel('Département').fill('69')
  await shown.waitFor({ state: 'detached' })
  await filters.getByLabel('Département').fill('29')
  await shown.waitFor()
  expect(await list.locator('.crisis-post h3').allTextContents()).toContain(title)
  await shot(visitor, '5-filtered')

  const post = list.locator('.crisis-post', { hasText: TITLE })
  await post.getByText('Contacter l’annonceur').click()
  await post.getByLabel('Votre nom').fill('Paul Le Bris')
  await post.getByLabel('Votre entreprise').fill('Transports Le Bris')
  await post.getByLabel(/Votre e-mail/).fill('paul@transports.test')
  await post.getByLabel('Votre message').fill('Nous pouvons en prendre un carton pour nos chauffeurs.')
  await clickWhenReady(post.getByRole('button', { name: 'Envoyer le message' }))
  await post.getByText('Votre message a été transmis').waitFor()
  await shot(visitor, '6-contact-sent')

  const relayed = await smtp.waitFor(
    (mail) => mail.envelopeTo.includes(POSTER) && mail.subject === `Réponse à votre annonce « ${TITLE} »`,
  )
  expect(relayed.headers['reply-to']).toContain('paul@transports.test')
  expect(relayed.text).toContain('Nous pouvons en prendre un carton pour nos chauffeurs.')
  // The poster's address is never shown to the one who replies.
  expect(await visitor.content()).not.toContain(POSTER)
}, 240_000)
