import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'

import { signIn } from './helpers/adminSession'
import { clickWhenReady } from './helpers/browser'
import { root, startProductionServer, type ProductionServer } from './helpers/productionServer'

const PASSWORD = 'e2e-workflow-password'
const screenshots = path.join(root, 'test-results')

let server: ProductionServer
const browsers: BrowserContext[] = []

beforeAll(async () => {
  server = await startProductionServer('workflow')
  await server.seed(PASSWORD)
  mkdirSync(screenshots, { recursive: true })
})
afterAll(async () => {
  for (const browser of browsers) await browser.close()
  if (server) expect(await server.stop()).toBe(0)
})

const signedIn = (email: string) => signIn(server.url, email, PASSWORD, browsers)

const reviewStatus = (page: Page) => page.locator('.workflow-control').getAttribute('data-workflow-status')

test('the journalist drafts and submits without any publish control; the editor approves and publishes', async () => {
  const journalist = await signedIn('journalist@newsroom.test')
  await journalist.goto(`${server.url}/admin/collections/articles/create`)
  // With autosave, opening "create" makes the draft at once and moves to its page.
  await journalist.waitForURL((url) => /\/admin\/collections\/articles\/\d+/.test(url.pathname))
  await journalist.locator('#field-title').fill('Chômage partiel : ce qui change au 1er décembre')
  const articlePath = new URL(journalist.url()).pathname
  const articleId = articlePath.split('/').pop()
  await journalist.waitForFunction(
    async (id) =>
      ((await (await fetch(`/api/articles/${id}?draft=true`)).json()) as { title?: string }).title?.startsWith(
        'Chômage partiel',
      ),
    articleId,
  )
  await journalist.locator('.workflow-control').waitFor()

  expect(await journalist.locator('#action-save').count()).toBe(0)
  expect(await journalist.getByRole('button', { name: /^Publier/ }).count()).toBe(0)
  expect(await journalist.getByRole('button', { name: /Programmer/ }).count()).toBe(0)
  await journalist.screenshot({ path: path.join(screenshots, 'workflow-journalist.png'), fullPage: true })

  await clickWhenReady(journalist.getByRole('button', { name: 'Soumettre à relecture' }))
  await journalist.waitForFunction(
    () => document.querySelector('.workflow-control')?.getAttribute('data-workflow-status') === 'in-review',
  )
  expect(await reviewStatus(journalist)).toBe('in-review')
  expect(await journalist.getByRole('button', { name: 'Valider' }).count()).toBe(0)
  const submitted = await journalist.evaluate(
    async (id) => (await fetch(`/api/articles/${id}?draft=true&depth=0`)).json(),
    articleId,
  )
  expect(submitted).toMatchObject({
    title: 'Chômage partiel : ce qui change au 1er décembre',
    workflowStatus: 'in-review',
  })

  const editor = await signedIn('editor@newsroom.test')
  // The dashboard lists what waits for review.
  await editor.locator('.review-queue').getByText('Chômage partiel : ce qui change au 1er décembre').waitFor()
  await editor.goto(`${server.url}${articlePath}`)
  await clickWhenReady(editor.getByRole('button', { name: 'Valider' }))
  await editor.waitForFunction(
    () => document.querySelector('.workflow-control')?.getAttribute('data-workflow-status') === 'approved',
  )
  await editor.locator('#action-save').click()
  await editor.waitForFunction(
    async (id) => (await fetch(`/api/articles/${id}`, { credentials: 'omit' })).status === 200,
    articleId,
  )
  // The API answers once the save commits; the form says so a moment later, and the shot is of the form.
  await editor.locator('.status__value', { hasText: /^Publié$/ }).waitFor()
  await editor.screenshot({ path: path.join(screenshots, 'workflow-editor-published.png'), fullPage: true })

  const live = await fetch(`${server.url}/api/articles/${articleId}`)
  expect(live.status).toBe(200)
  expect(((await live.json()) as { title: string }).title).toBe('Chômage partiel : ce qui change au 1er décembre')
})
