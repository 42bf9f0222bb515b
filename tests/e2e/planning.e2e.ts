import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { BrowserContext } from 'playwright-core'

import { signIn } from './helpers/adminSession'
import { root, startProductionServer, type ProductionServer } from './helpers/productionServer'

const PASSWORD = 'e2e-planning-password'
const screenshots = path.join(root, 'test-results')

let server: ProductionServer
const browsers: BrowserContext[] = []

beforeAll(async () => {
  server = await startProductionServer('planning')
  await server.seed(PASSWORD)
  mkdirSync(screenshots, { recursive: true })
})
afterAll(async () => {
  for (const browser of browsers) await browser.close()
  if (server) expect(await server.stop()).toBe(0)
})

const signedIn = (email: string) => signIn(server.url, email, PASSWORD, browsers)

test('an editor runs this week’s board: a proposed subject is assigned, and the assignee finds it in their calendar', async () => {
  const editor = await signedIn('editor@newsroom.test')
  await editor.goto(`${server.url}/admin/planning`)
  const proposed = editor.locator('.planning-board__column[data-status="proposed"] .planning-card').first()
  await proposed.waitFor()
  const title = (await proposed.locator('h4').innerText()).trim()

  await proposed.getByRole('button', { name: 'Décider en conférence' }).click()
  const form = proposed.locator('form')
  await form.getByLabel('Décision').selectOption('assigned')
  await form.getByLabel('Attribué à').selectOption({ label: 'Julien Moreau' })
  const today = new Date().toISOString().slice(0, 10)
  await form.getByLabel('Échéance').fill(today)
  await form.getByRole('button', { name: 'Enregistrer' }).click()
  await editor
    .locator('.planning-card', { hasText: title })
    .getByText(/Attribué à Julien Moreau/)
    .waitFor()
  await editor.screenshot({ path: path.join(screenshots, 'planning-board-decided.png'), fullPage: true })

  await editor.getByRole('button', { name: 'Clore et appliquer les décisions' }).click()
  await editor.locator('.planning-board__column[data-status="assigned"] .planning-card', { hasText: title }).waitFor()
  await editor.screenshot({ path: path.join(screenshots, 'planning-board-closed.png'), fullPage: true })

  const journalist = await signedIn('journalist@newsroom.test')
  await journalist.goto(`${server.url}/admin/calendar`)
  await journalist.locator('.planning-calendar__item', { hasText: title }).first().waitFor()
  await journalist.screenshot({ path: path.join(screenshots, 'planning-calendar-assignee.png'), fullPage: true })
})
