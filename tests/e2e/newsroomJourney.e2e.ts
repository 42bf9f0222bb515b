import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { BrowserContext, Locator, Page } from 'playwright-core'

import { generateSecret, verifyWebhook } from '../../src/distribution/standardWebhooks'
import type { SiteEventBody } from '../../src/distribution/types'
import { isoWeekOf } from '../../src/lib/isoWeek'
import { bufferReceiver, type BufferReceiver } from '../helpers/receivers/bufferReceiver'
import { webhookReceiver, type WebhookReceiver } from '../helpers/receivers/webhookReceiver'
import { signIn } from './helpers/adminSession'
import { newsroomApi, type Api } from './helpers/api'
import { clickWhenReady, openBrowser } from './helpers/browser'
import { writePhoto } from './helpers/photo'
import { root, startProductionServer, type ProductionServer } from './helpers/productionServer'

const PASSWORD = 'e2e-journey-password'
const screenshots = path.join(root, 'test-results')
const SITE_SECRET = generateSecret()
const BUFFER_KEY = 'buffer-key-journey'
const X_CHANNEL = 'channel-x-journey'

const JOURNALIST = 'journalist@newsroom.test'
const EDITOR = 'editor@newsroom.test'
const COMMUNITY = 'community@newsroom.test'

const TITLE = 'Aide à la rénovation des commerces : le guichet ouvre'
const X_TEXT =
  'Rénovation des commerces : le guichet de l’aide ouvre lundi. Qui peut en bénéficier, et comment déposer sa demande.'
const ALT = 'Une vitrine de commerce au coucher du soleil'

let server: ProductionServer
let site: WebhookReceiver
let buffer: BufferReceiver
let api: Api
const browsers: BrowserContext[] = []
/** The subject assigned to the journalist at an earlier meeting, and the one on this week's agenda. */
let assignedSubject: { id: number; title: string }
let agendaSubject: { id: number; title: string }

beforeAll(async () => {
  site = webhookReceiver({ secrets: [SITE_SECRET] })
  buffer = bufferReceiver({ apiKey: BUFFER_KEY })
  await Promise.all([site.start(), buffer.start()])
  // Both receivers listen on 127.0.0.1.
  server = await startProductionServer('journey', { env: { ALLOW_PRIVATE_DESTINATIONS: 'true' } })
  await server.seed(PASSWORD)
  mkdirSync(screenshots, { recursive: true })
  api = newsroomApi(server.url, PASSWORD)

  // Where the publication goes, as the admin and the community manager configured it beforehand.
  const admin = await api.tokenOf('admin@newsroom.test')
  const {
    docs: [siteDestination],
  } = await api.ok<{ docs: { id: number }[] }>(
    admin,
    'GET',
    '/api/destinations?where[kind][equals]=site-webhook&depth=0',
  )
  await api.ok(admin, 'PATCH', `/api/destinations/${siteDestination.id}`, {
    url: `${site.url}/webhooks/site`,
    secret: SITE_SECRET,
    collections: ['articles'],
  })
  const community = await api.tokenOf(COMMUNITY)
  await api.ok(community, 'POST', '/api/destinations', {
    name: 'Buffer',
    kind: 'buffer',
    url: buffer.url,
    secret: BUFFER_KEY,
    accounts: { x: X_CHANNEL },
  })

  // The planning that precedes the journey: a subject given to the journalist last week, one proposed for this week.
  const editor = await api.tokenOf(EDITOR)
  const { user: journalist } = await api.ok<{ user: { id: number } }>(
    await api.tokenOf(JOURNALIST),
    'GET',
    '/api/users/me',
  )
  const { doc: subject } = await api.ok<{ doc: { id: number; title: string } }>(editor, 'POST', '/api/subjects', {
    title: 'Rénovation des commerces : la nouvelle aide',
    angle: 'Qui y a droit, combien, comment la demander.',
    targetType: 'articles',
  })
  await api.ok(editor, 'PATCH', `/api/subjects/${subject.id}`, { status: 'accepted' })
  await api.ok(editor, 'PATCH', `/api/subjects/${subject.id}`, { status: 'assigned', assignee: journalist.id })
  assignedSubject = subject
  const {
    docs: [meeting],
  } = await api.ok<{ docs: { id: number }[] }>(
    editor,
    'GET',
    `/api/editorial-meetings?where[week][equals]=${isoWeekOf(new Date())}&depth=0`,
  )
  const { doc: proposal } = await api.ok<{ doc: { id: number; title: string } }>(
    await api.tokenOf(JOURNALIST),
    'POST',
    '/api/subjects',
    { title: 'Commerces de centre-ville : le bilan des fêtes', targetType: 'articles', meetings: [meeting.id] },
  )
  agendaSubject = proposal
  // A bound, not an expectation: the seed alone can take a minute on a busy two-core machine.
}, 300_000)
afterAll(async () => {
  for (const browser of browsers) await browser.close()
  await Promise.all([site?.close(), buffer?.close()])
  if (server) expect(await server.stop()).toBe(0)
})

const signedIn = (email: string) => signIn(server.url, email, PASSWORD, browsers)

/**
 * The whole page; or, given a part of the edit view, a tall window scrolled to it: the edit view's
 * sidebar scrolls on its own, so a full-page shot would leave the review step and the sends out.
 */
async function shoot(page: Page, name: string, focus?: Locator): Promise<void> {
  const file = path.join(screenshots, `journey-${name}.png`)
  if (!focus) {
    await page.screenshot({ path: file, fullPage: true })
    return
  }
  const usual = page.viewportSize()
  await focus.waitFor()
  // Every shot with a focus is of an edit view: its body's editor, drawn last, is waited for.
  await page.locator('#field-body').waitFor()
  await page.setViewportSize({ width: 1280, height: 1400 })
  await focus.scrollIntoViewIfNeeded()
  await page.screenshot({ path: file })
  if (usual) await page.setViewportSize(usual)
}

type Draft = {
  title?: string
  heroImage?: unknown
  body?: unknown
  social?: { x?: { text?: string; scheduledAt?: string } }
}

/** Resolves once the draft saved on the server holds everything typed (autosave runs on its own schedule). */
async function draftSaved(page: Page, id: string): Promise<void> {
  await page.waitForFunction(
    async ({ articleId, title, xText }) => {
      const doc = (await (await fetch(`/api/articles/${articleId}?draft=true&depth=0`)).json()) as Draft
      return (
        doc.title === title &&
        Boolean(doc.heroImage) &&
        JSON.stringify(doc.body).includes('quinze jours') &&
        JSON.stringify(doc.body).includes('"Ce qui change"') &&
        doc.social?.x?.text === xText &&
        Boolean(doc.social.x.scheduledAt)
      )
    },
    { articleId: id, title: TITLE, xText: X_TEXT },
  )
}

/**
 * A toolbar button takes the focus from the editor and gives it back once the block is redrawn:
 * keys typed before that are lost, as a fast typist would lose them too.
 */
async function toolbarBlock(page: Page, icon: string, tag: string): Promise<void> {
  const block = page.locator(`#field-body ${tag}`)
  // Slate turns its own selection into the block, and takes that selection from the browser's a moment
  // after the editor has the caret: a click before then changes nothing (seen on a loaded machine).
  await page.waitForFunction(() => {
    const selection = document.getSelection()
    return Boolean(selection?.rangeCount && document.getElementById('field-body')?.contains(selection.anchorNode))
  })
  for (let attempt = 1; (await block.count()) === 0; attempt++) {
    await clickWhenReady(page.locator('.rich-text__toolbar .rich-text__button', { has: page.locator(icon) }))
    await block.waitFor({ timeout: attempt < 3 ? 5_000 : 30_000 }).catch((error: unknown) => {
      if (attempt >= 3) throw error
    })
  }
  await page.waitForFunction(() => document.activeElement?.id === 'field-body')
}

/** A heading, a paragraph with a bold word and a list, through the toolbar and the keyboard shortcut. */
async function writeBody(page: Page): Promise<void> {
  await clickWhenReady(page.locator('#field-body'))
  await toolbarBlock(page, '.h2-icon', 'h2')
  await page.keyboard.type('Ce qui change')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Les commerces ')
  await page.keyboard.press('Control+b')
  await page.keyboard.type('éligibles')
  await page.keyboard.press('Control+b')
  await page.keyboard.type(' déposent leur demande en ligne avant le 31 mars.')
  await page.keyboard.press('Enter')
  await toolbarBlock(page, '.unordered-list-icon', 'ul')
  await page.keyboard.type('Un formulaire unique')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Une réponse sous quinze jours')
  expect(await page.locator('#field-body h2').innerText()).toBe('Ce qui change')
  expect(await page.locator('#field-body strong').innerText()).toBe('éligibles')
  expect(await page.locator('#field-body li').allInnerTexts()).toEqual([
    'Un formulaire unique',
    'Une réponse sous quinze jours',
  ])
}

/** Through the hero image field's "create new" drawer, with a JPEG from disk. */
async function uploadHeroImage(page: Page): Promise<void> {
  const field = page.locator('#field-heroImage')
  await clickWhenReady(field.getByRole('button', { name: 'Créer un(e) nouveau ou nouvelle' }))
  const drawer = page.locator('.drawer--is-open').last()
  await drawer.locator('input[type="file"]').setInputFiles(await writePhoto('vitrine', 'Commerce rénové'))
  await drawer.locator('#field-alt').fill(ALT)
  await clickWhenReady(drawer.locator('#action-save'))
  await field
    .getByText(/vitrine.*\.jpg/)
    .first()
    .waitFor()
}

/** The X copy, and a time picked in the date picker: the 15th of next month is in the future whatever the day of the run. */
async function scheduleXPost(page: Page): Promise<void> {
  await page.locator('#field-social__x__text').fill(X_TEXT)
  await clickWhenReady(page.locator('#field-social__x__scheduledAt input'))
  const picker = page.locator('.react-datepicker')
  await clickWhenReady(picker.locator('.react-datepicker__navigation--next'))
  await clickWhenReady(picker.locator('.react-datepicker__day--015:not(.react-datepicker__day--outside-month)'))
  await clickWhenReady(picker.locator('.react-datepicker__time-list-item', { hasText: /^10:00/ }).first())
}

test('a journalist’s article goes from this week’s plan to the site and to X, through every role’s screen', async () => {
  // 1. The journalist starts the piece from their subject, writes it, illustrates it and submits it.
  const journalist = await signedIn(JOURNALIST)
  await journalist.goto(`${server.url}/admin/collections/subjects/${assignedSubject.id}`)
  await clickWhenReady(journalist.getByRole('button', { name: 'Commencer le papier' }))
  await journalist.waitForURL((url) => /\/admin\/collections\/articles\/\d+$/.test(url.pathname))
  const articlePath = new URL(journalist.url()).pathname
  const articleId = articlePath.split('/').pop()!
  await journalist.locator('#field-title').fill(TITLE)
  await writeBody(journalist)
  await uploadHeroImage(journalist)
  await scheduleXPost(journalist)
  // Submitting sends what is on screen; an autosave still in flight could land after it and undo the step.
  await draftSaved(journalist, articleId)
  // The move draws the view again once written: the shot is of the new step.
  await clickWhenReady(journalist.getByRole('button', { name: 'Soumettre à relecture' }))
  await journalist.locator('.workflow-control[data-workflow-status="in-review"]').waitFor()
  await shoot(journalist, '1-journalist-submitted', journalist.locator('.workflow-control'))

  // 2. The editor runs this week's meeting: decides the proposal, closes the meeting.
  const editor = await signedIn(EDITOR)
  await editor.goto(`${server.url}/admin/planning`)
  const proposal = editor.locator('.planning-board__column[data-status="proposed"] .planning-card', {
    hasText: agendaSubject.title,
  })
  await clickWhenReady(proposal.getByRole('button', { name: 'Décider en conférence' }))
  const form = proposal.locator('form')
  await form.getByLabel('Décision').selectOption('assigned')
  await form.getByLabel('Attribué à').selectOption({ label: 'Julien Moreau' })
  await form.getByLabel('Échéance').fill(new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10))
  await clickWhenReady(form.getByRole('button', { name: 'Enregistrer' }))
  await editor
    .locator('.planning-card', { hasText: agendaSubject.title })
    .getByText(/Attribué à Julien Moreau pour le/)
    .waitFor()
  await clickWhenReady(editor.getByRole('button', { name: 'Clore et appliquer les décisions' }))
  await editor
    .locator('.planning-board__column[data-status="assigned"] .planning-card', { hasText: agendaSubject.title })
    .waitFor()
  await shoot(editor, '2-editor-meeting-closed')

  // Then the article waiting for review: approved, then published.
  await editor.goto(`${server.url}/admin`)
  await clickWhenReady(editor.locator('.review-queue').getByRole('link', { name: TITLE }))
  await editor.waitForURL((url) => url.pathname === articlePath)
  // The journalist's tab is still open on the piece, but a submitted piece is not held by their edit lock.
  await clickWhenReady(editor.getByRole('button', { name: 'Valider' }))
  expect(await editor.locator('#document-locked').count()).toBe(0)
  await editor.locator('.workflow-control[data-workflow-status="approved"]').waitFor()
  // Drafts, submission and approval go nowhere: only publishing is announced.
  expect([site.requests.length, buffer.requests.length]).toEqual([0, 0])
  await clickWhenReady(editor.locator('#action-save'))
  await editor.locator('.status__value', { hasText: /^Publié$/ }).waitFor()

  // 3. The site gets the publication, signed with the destination's secret.
  const received = await site.waitFor((request) => (request.json as SiteEventBody | undefined)?.id === articleId)
  const verification = verifyWebhook({
    headers: new Headers(received.headers as Record<string, string>),
    body: received.rawBody,
    secrets: [SITE_SECRET],
    now: received.receivedAt,
  })
  expect(verification).toEqual({ ok: true, id: received.headers['webhook-id'] })
  expect(received.verified).toBe(true)
  const { slug } = await api.ok<{ slug: string }>(null, 'GET', `/api/articles/${articleId}?depth=0`)
  expect(received.json).toMatchObject({
    event: 'published',
    collection: 'articles',
    id: articleId,
    slug,
    paths: [`/articles/${slug}`],
  })
  // The editor's page says so too (editors do not read destinations, hence no name).
  await shoot(
    editor,
    '3-editor-published',
    editor.locator('.deliveries-summary__line[data-status="delivered"]', { hasText: 'Site / webhook' }),
  )

  // 4. The X post reached the scheduler for its chosen time; the community manager sees it programmed.
  const { social } = await api.ok<{ social: { x: { scheduledAt: string } } }>(
    await api.tokenOf(COMMUNITY),
    'GET',
    `/api/articles/${articleId}?depth=0`,
  )
  const post = await buffer.waitFor((request) => request.mutation === 'createPost')
  expect(post.input).toMatchObject({
    channelId: X_CHANNEL,
    text: X_TEXT,
    mode: 'customScheduled',
    dueAt: social.x.scheduledAt,
  })
  expect(JSON.stringify(post.input)).toMatch(/\/api\/media\/file\/vitrine[^"]*-1200x630\.webp/)

  const community = await signedIn(COMMUNITY)
  await community.goto(`${server.url}/admin/collections/articles`)
  await clickWhenReady(community.getByRole('link', { name: TITLE }))
  await community.waitForURL((url) => url.pathname === articlePath)
  const xLine = community.locator('.deliveries-summary__line[data-status="delivered"]', {
    has: community.locator('strong', { hasText: /^X$/ }),
  })
  await xLine.waitFor()
  const at = new Date(social.x.scheduledAt)
  const paris = { timeZone: 'Europe/Paris' } as const
  const expected = `${at.toLocaleDateString('fr-FR', { ...paris, day: 'numeric', month: 'short' })} ${at.toLocaleTimeString('fr-FR', { ...paris, hour: '2-digit', minute: '2-digit' })}`
  expect((await xLine.innerText()).replace(/\s+/g, ' ')).toBe(`X ✔ programmé ${expected}`)
  await shoot(community, '4-community-x-scheduled', xLine)

  // Publishing the piece delivered the subject it came from.
  const subject = await api.ok<{ status: string }>(
    await api.tokenOf(EDITOR),
    'GET',
    `/api/subjects/${assignedSubject.id}?depth=0`,
  )
  expect(subject.status).toBe('delivered')

  // 5. A reader finds the article on the site, bold word and picture included.
  const reader = await (await openBrowser('fr-FR').then((browser) => (browsers.push(browser), browser))).newPage()
  await reader.goto(`${server.url}/articles/${slug}`)
  await reader.getByRole('heading', { level: 1, name: TITLE }).waitFor()
  await reader.getByRole('heading', { level: 2, name: 'Ce qui change' }).waitFor()
  await reader.locator('strong', { hasText: 'éligibles' }).waitFor()
  const picture = reader.getByRole('img', { name: ALT })
  await picture.waitFor()
  await reader.waitForFunction(
    (image) => image instanceof HTMLImageElement && image.complete && image.naturalWidth > 0,
    await picture.elementHandle(),
  )
  await shoot(reader, '5-reader-article')
})
