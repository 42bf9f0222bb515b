import { mkdirSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'

import { ownerToken } from '../../src/lib/crisis/ownerLinks'
import { enableCrisisServices, newsroomApi, type Api } from './helpers/api'
import { clickWhenReady, openBrowser } from './helpers/browser'
import { root, startProductionServer, type ProductionServer } from './helpers/productionServer'

const PASSWORD = 'e2e-open-businesses'
// Known to the test so that it can open the owner's page as the e-mailed link would.
const SECRET = randomBytes(32).toString('hex')
const screenshots = path.join(root, 'test-results')
const EDITOR = 'editor@newsroom.test'
const NAME = 'Poissonnerie <b>du Steir</b>'

let server: ProductionServer
let api: Api
let browser: BrowserContext

beforeAll(async () => {
  server = await startProductionServer('open-businesses', { env: { PAYLOAD_SECRET: SECRET, JOBS_AUTORUN: 'false' } })
  await server.seed(PASSWORD)
  api = newsroomApi(server.url, PASSWORD)
  mkdirSync(screenshots, { recursive: true })
  await enableCrisisServices(api, EDITOR, '29')
  browser = await openBrowser('fr-FR')
}, 300_000)
afterAll(async () => {
  await browser?.close()
  if (server) expect(await server.stop()).toBe(0)
})

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(screenshots, `open-businesses-${name}.png`), fullPage: true })

test('a shopkeeper fills the form and places the pin; once confirmed and approved, the shop is on the map', async () => {
  const page = await browser.newPage()
  await page.goto(`${server.url}/commerces-ouverts`)
  expect(await page.locator('h1').textContent()).toBe('Commerces ouverts')
  await page.getByTestId('france-map').waitFor()

  const form = page.getByTestId('business-form')
  await form.getByLabel('Nom de l’établissement').fill(NAME)
  await form.getByLabel('Catégorie').selectOption('alimentation')
  await form.getByLabel('Adresse').fill('12 rue Elie Fréron')
  await form.getByLabel('Code postal').fill('29000')
  await form.getByLabel('Commune').fill('Quimper')
  await clickWhenReady(form.getByRole('button', { name: 'Placer mon commerce sur la carte' }))
  const pinMap = page.getByTestId('pin-map')
  await pinMap.waitFor()
  const box = (await pinMap.boundingBox())!
  await pinMap.click({ position: { x: box.width * 0.55, y: box.height * 0.45 } })
  // The keyboard moves it too.
  await pinMap.focus()
  await page.keyboard.press('ArrowUp')
  const position = await page.getByTestId('pin-position').textContent()
  expect(position).toMatch(/Position : 4[78]\.\d+, -4\.\d+/)
  await form.getByLabel('Livraison').check()
  await form.getByLabel('Lundi').fill('8h – 13h')
  await form.getByLabel(/Votre e-mail/).fill('poissonnerie@example.test')
  await shot(page, '1-form')
  await form.getByRole('button', { name: 'Envoyer' }).click()
  await page.getByTestId('form-done').waitFor()
  expect(await page.getByTestId('form-done').textContent()).toContain('en attente de validation')
  await shot(page, '2-submitted')

  const editor = await api.tokenOf(EDITOR)
  const { docs } = await api.ok<{ docs: { id: number; status: string; latitude: number; longitude: number }[] }>(
    editor,
    'GET',
    `/api/businesses?where[postalCode][equals]=29000&depth=0`,
  )
  expect(docs).toHaveLength(1)
  const [listing] = docs
  const [lat, lng] = position!.replace('Position : ', '').split(', ').map(Number)
  expect(listing.latitude).toBeCloseTo(lat, 4)
  expect(listing.longitude).toBeCloseTo(lng, 4)

  // The owner opens the e-mailed link and confirms.
  await page.goto(
    `${server.url}/commerces-ouverts/gerer?id=${listing.id}&jeton=${encodeURIComponent(ownerToken(SECRET, 'businesses', listing.id, new Date()))}`,
  )
  await page.getByTestId('owner-status').waitFor()
  await clickWhenReady(page.getByRole('button', { name: 'Confirmer mon adresse e-mail' }))
  await page.getByText('C’est fait.').waitFor()
  await shot(page, '3-owner-confirmed')

  await api.ok(editor, 'PATCH', `/api/businesses/${listing.id}`, { status: 'published' })

  await page.goto(`${server.url}/commerces-ouverts`)
  const results = page.getByTestId('business-results')
  // The country as clusters (the demo's listings and this one), then the town as points.
  await results.getByText(/\d+ commerce\(s\) ouvert\(s\) dans cette zone/).waitFor()
  expect(await results.getByRole('button', { name: /voir de plus près/ }).count()).toBeGreaterThan(0)
  await shot(page, '4-france-clusters')
  await page.getByTestId('map-postal-code').fill('29000')
  await clickWhenReady(page.getByRole('button', { name: 'Afficher' }))
  await page.getByTestId('business-point').waitFor()
  await results.getByText('1 commerce(s) ouvert(s) dans cette zone.').waitFor()
  // Shown as text, never as markup.
  expect(await results.locator('strong').first().textContent()).toBe(NAME)
  expect(await results.locator('b').count()).toBe(0)
  await shot(page, '5-on-the-map')

  await page.getByTestId('filter-category').selectOption('sante')
  await results.getByText('Aucun commerce ouvert').waitFor()
})
