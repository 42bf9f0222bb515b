import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'

import { openBrowser } from './helpers/browser'
import { root, startProductionServer, type ProductionServer } from './helpers/productionServer'

const PASSWORD = 'e2e-journalist-password'
const screenshots = path.join(root, 'test-results')

let server: ProductionServer
let browser: BrowserContext | undefined

beforeAll(async () => {
  server = await startProductionServer('dashboard')
  await server.seed(PASSWORD)
  mkdirSync(screenshots, { recursive: true })
})

afterEach(async () => {
  await browser?.close()
  browser = undefined
})

afterAll(async () => {
  // A clean SIGTERM shutdown is part of what is tested: exit code 0.
  if (server) expect(await server.stop()).toBe(0)
})

/** Through the real login form, from the page an anonymous visitor of /admin is sent to. */
async function logIn(page: Page, email: string): Promise<void> {
  await page.goto(`${server.url}/admin`)
  await page.waitForURL((url) => url.pathname === '/admin/login')
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(PASSWORD)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/admin')
}

/** What the dashboard says: the page language, its breadcrumb and the collection card titles. */
async function readDashboard(page: Page) {
  const cards = page.locator('.dashboard .card__title')
  await cards.first().waitFor()
  return {
    lang: await page.locator('html').getAttribute('lang'),
    breadcrumb: (await page.locator('.step-nav').innerText()).trim(),
    cards: await cards.allInnerTexts(),
  }
}

test('the dashboard is in French by default, even for a browser that asks for English', async () => {
  browser = await openBrowser('en-US')
  const page = await browser.newPage()
  await logIn(page, 'journalist@newsroom.test')

  expect(await page.evaluate(() => navigator.language)).toBe('en-US')
  const dashboard = await readDashboard(page)
  expect(dashboard.lang).toBe('fr')
  expect(dashboard.breadcrumb).toContain('Tableau de bord')
  expect(dashboard.cards).toEqual(expect.arrayContaining(['Médias', 'Utilisateurs']))
  await page.screenshot({ path: path.join(screenshots, 'admin-dashboard-fr.png'), fullPage: true })
})

test('the dashboard is in English once the user has chosen English', async () => {
  browser = await openBrowser('en-US')
  const page = await browser.newPage()
  await logIn(page, 'journalist@newsroom.test')
  // The cookie the account page's language selector sets.
  await browser.addCookies([{ name: 'payload-lng', value: 'en', url: server.url }])
  await page.reload()

  const dashboard = await readDashboard(page)
  expect(dashboard.lang).toBe('en')
  expect(dashboard.breadcrumb).toContain('Dashboard')
  expect(dashboard.cards).toEqual(expect.arrayContaining(['Media', 'Users']))
  await page.screenshot({ path: path.join(screenshots, 'admin-dashboard-en.png'), fullPage: true })
})
