import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { BrowserContext, Page, Response } from 'playwright-core'

import { weightedLength } from '../../src/distribution/xText'
import { clickWhenReady, openBrowser } from './helpers/browser'
import { newsroomApi } from './helpers/api'
import { signIn } from './helpers/adminSession'
import { root, startProductionServer, type ProductionServer } from './helpers/productionServer'

const PASSWORD = 'e2e-roles-password'
const screenshots = path.join(root, 'test-results')
const X_TEXT = 'Relais X saisi par la community manager : à lire sur le site 👇'

let server: ProductionServer
const browsers: BrowserContext[] = []
/** Every answer of the admin that is a 404 or a fault of ours, whichever role's journey met it. */
const broken: string[] = []

beforeAll(async () => {
  server = await startProductionServer('roles')
  await server.seed(PASSWORD)
  // The first admin page a fresh production server draws loads its bundles; answered once here, the
  // journeys' navigations are not the ones to pay for it.
  await (await fetch(`${server.url}/admin/login`)).arrayBuffer()
  mkdirSync(screenshots, { recursive: true })
}, 300_000)
afterAll(async () => {
  for (const browser of browsers) await browser.close()
  if (server) expect(await server.stop()).toBe(0)
})

function watch(page: Page, role: string): void {
  page.on('response', (response: Response) => {
    if (!response.url().startsWith(server.url)) return
    if (response.status() === 404 || response.status() >= 500)
      broken.push(`${role}: ${response.status()} ${response.request().method()} ${response.url()}`)
  })
}

async function signedIn(email: string, role: string): Promise<Page> {
  const page = await signIn(server.url, email, PASSWORD, browsers)
  watch(page, role)
  await page.reload()
  return page
}

const shoot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(screenshots, `roles-${name}.png`), fullPage: true })

/** The sections of the work view as the dashboard draws them: key → item titles. */
async function dashboard(page: Page): Promise<Record<string, string[]>> {
  await page.locator('.work-views').waitFor()
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('.work-section')].map((section) => [
        [...section.classList].find((c) => c.startsWith('work-section--'))!.slice('work-section--'.length),
        [...section.querySelectorAll('li a')].map((a) => a.textContent ?? ''),
      ]),
    ),
  )
}

/** Opens the first item of a section from the dashboard, as a person would. */
async function openFirst(page: Page, section: string): Promise<string> {
  const link = page.locator(`.work-section--${section} li a`).first()
  const href = (await link.getAttribute('href'))!
  await link.click()
  await page.waitForURL((url) => url.pathname === href)
  await page.locator('.document-fields, .collection-edit').first().waitFor()
  return href
}

test('journalist: assigned subjects, drafts and changes requested; opens the piece of their subject', async () => {
  const page = await signedIn('journalist@newsroom.test', 'journalist')
  const sections = await dashboard(page)
  expect(Object.keys(sections)).toEqual(['assignedSubjects', 'myDrafts', 'changesRequested'])
  expect(sections.assignedSubjects.length).toBeGreaterThan(0)
  expect(await page.locator('.work-views h2').innerText()).toBe('Mon travail')
  await shoot(page, 'journalist-dashboard')
  const href = await openFirst(page, 'assignedSubjects')
  expect(href).toMatch(/^\/admin\/collections\/subjects\/\d+$/)
  await page.locator('#field-comments').waitFor()
  await shoot(page, 'journalist-subject')
})

test('editor: to review, approved, due this week, overdue, overdue media requests; a refused move is explained on screen in French', async () => {
  const page = await signedIn('editor@newsroom.test', 'editor')
  const sections = await dashboard(page)
  expect(Object.keys(sections)).toEqual([
    'toReview',
    'approvedUnpublished',
    'dueThisWeek',
    'overdue',
    'overdueMediaRequests',
  ])
  // The demo seed's request whose deadline passed yesterday.
  expect(sections.overdueMediaRequests).toEqual(
    expect.arrayContaining([expect.stringContaining('Les faillites du trimestre')]),
  )
  await shoot(page, 'editor-dashboard')
  const section = sections.toReview.length ? 'toReview' : 'approvedUnpublished'
  await openFirst(page, section)
  await page.locator('.workflow-control').waitFor()
  await shoot(page, 'editor-piece')

  // A move refused by the server is explained on screen, in the admin's language: here the piece's
  // author took it back from review while the editor had it open.
  const api = newsroomApi(server.url, PASSWORD)
  const journalist = await api.tokenOf('journalist@newsroom.test')
  const { doc } = await api.ok<{ doc: { id: number } }>(journalist, 'POST', '/api/articles?draft=true', {
    title: 'Repris pendant la relecture',
    format: 'news',
  })
  await api.ok(journalist, 'PATCH', `/api/articles/${doc.id}?draft=true`, { workflowStatus: 'in-review' })
  await page.goto(`${server.url}/admin/collections/articles/${doc.id}`)
  await page.locator('.workflow-control[data-workflow-status="in-review"]').waitFor()
  await api.ok(journalist, 'PATCH', `/api/articles/${doc.id}?draft=true`, { workflowStatus: 'draft' })
  await clickWhenReady(page.getByRole('button', { name: 'Valider' }))
  const refusal = page.locator('.workflow-control__error')
  await refusal.waitFor()
  expect(await refusal.innerText()).toMatch(/^Ce contenu a été modifié depuis que vous l’avez ouvert/)
  expect(await page.locator('.edit-conflict h2').innerText()).toBe(
    'Ce contenu a changé pendant que vous l’aviez ouvert',
  )
  await shoot(page, 'editor-refused')
})

test('community manager: pieces without social copy, scheduled and failed posts; X copy typed stays after reload and the piece stays approved', async () => {
  const page = await signedIn('community@newsroom.test', 'community-manager')
  const sections = await dashboard(page)
  expect(Object.keys(sections)).toEqual(['withoutSocialCopy', 'scheduledPosts', 'failedDeliveries'])
  expect(sections.failedDeliveries.some((title) => title.endsWith('· LinkedIn'))).toBe(true)
  expect(sections.scheduledPosts.some((title) => title.endsWith('· X'))).toBe(true)
  await shoot(page, 'community-dashboard')

  const approved = await page.evaluate(async () => {
    const response = await fetch(
      '/api/articles?depth=0&draft=true&limit=1&where[workflowStatus][equals]=approved&where[_status][not_equals]=published',
      { credentials: 'include' },
    )
    return ((await response.json()) as { docs: { id: number }[] }).docs[0]?.id
  })
  expect(approved).toBeDefined()
  await page.goto(`${server.url}/admin/collections/articles/${approved}`)
  const field = page.locator('#field-social__x__text')
  await field.waitFor()
  const saved = page.waitForResponse(
    (r) => r.url().includes(`/api/articles/${approved}`) && r.request().method() === 'PATCH' && r.status() === 200,
  )
  await field.fill(X_TEXT)
  // The preview redraws as the text is typed, counted as X counts (the emoji weighs 2).
  const count = page.locator('.social-preview__post--x .social-preview__count')
  await count.filter({ hasText: `${weightedLength(X_TEXT)} / 280` }).waitFor()
  expect(weightedLength(X_TEXT)).toBe([...X_TEXT].length + 1)
  await saved
  await page.reload()
  await page.locator('#field-social__x__text').waitFor()
  expect(await page.locator('#field-social__x__text').inputValue()).toBe(X_TEXT)
  const state = await page.evaluate(
    async (id) =>
      (await (await fetch(`/api/articles/${id}?draft=true&depth=0`, { credentials: 'include' })).json()) as {
        workflowStatus: string
        social: { x: { text: string } }
      },
    approved,
  )
  expect(state).toMatchObject({ workflowStatus: 'approved', social: { x: { text: X_TEXT } } })
  await page.locator('.social-preview').scrollIntoViewIfNeeded()
  await expect(page.locator('.social-preview__post--x .social-preview__text').innerText()).resolves.toBe(X_TEXT)
  await shoot(page, 'community-piece')
})

test('contributor: the chamber’s pieces and own proposals; the planning page and the subject form show only what they can use', async () => {
  const page = await signedIn('contributor@newsroom.test', 'contributor')
  const sections = await dashboard(page)
  expect(Object.keys(sections)).toEqual(['assignedSubjects', 'changesRequested', 'chamberPieces', 'mySubjects'])
  expect(sections.chamberPieces.length).toBeGreaterThan(0)
  expect(sections.mySubjects.length).toBeGreaterThan(0)
  await shoot(page, 'contributor-dashboard')

  await page.goto(`${server.url}/admin/planning`)
  await page.getByRole('link', { name: 'Proposer un sujet' }).waitFor()
  expect(await page.locator('.work-section--mySubjects li').count()).toBeGreaterThan(0)
  await shoot(page, 'contributor-planning')

  await page.locator('.work-section--mySubjects li a').first().click()
  await page.waitForURL((url) => /\/admin\/collections\/subjects\/\d+$/.test(url.pathname))
  await page.locator('#field-title').waitFor()
  for (const hidden of ['#field-comments', '#field-meetings', '#field-priority', '#field-deliverable'])
    expect(await page.locator(hidden).count()).toBe(0)
  await shoot(page, 'contributor-subject')
})

test('public site: a map marker is reached with the keyboard and opens its chamber’s card; the list is folded by region', async () => {
  const browser = await openBrowser('fr-FR')
  browsers.push(browser)
  const reader = await browser.newPage()
  await reader.goto(`${server.url}/contacts`)
  expect(await reader.locator('#site-q').getAttribute('placeholder')).toBeTruthy()
  expect(await reader.locator('details.chamber-region[open]').count()).toBe(0)
  const marker = reader.locator('a.chamber-point-link:has(circle.chamber-point--territorial)').first()
  const target = (await marker.getAttribute('href'))!
  await marker.focus()
  await reader.keyboard.press('Enter')
  await reader.waitForURL((url) => url.hash === target)
  const card = reader.locator(target)
  await card.waitFor({ state: 'visible' })
  // The browser unfolded the region that holds the card.
  expect(await card.evaluate((li) => li.closest('details')?.open)).toBe(true)
  await reader.locator('a.chamber-group-link[href="#region-ile-de-france"]').waitFor()
  await reader.screenshot({ path: path.join(screenshots, 'roles-site-contacts.png'), fullPage: false })
})

test('no request of the admin answered 404 or 500 during these journeys', () => {
  expect(broken).toEqual([])
})
