import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { BrowserContext, Page, Response } from 'playwright-core'

import { signIn } from './helpers/adminSession'
import { newsroomApi, type Api } from './helpers/api'
import { clickWhenReady } from './helpers/browser'
import { root, startProductionServer, type ProductionServer } from './helpers/productionServer'

const PASSWORD = 'e2e-edit-view-password'
const screenshots = path.join(root, 'test-results')

const JOURNALIST = 'journalist@newsroom.test'
const EDITOR = 'editor@newsroom.test'

let server: ProductionServer
let api: Api
const browsers: BrowserContext[] = []

beforeAll(async () => {
  server = await startProductionServer('edit-view')
  await server.seed(PASSWORD)
  mkdirSync(screenshots, { recursive: true })
  api = newsroomApi(server.url, PASSWORD)
}, 300_000)
afterAll(async () => {
  for (const browser of browsers) await browser.close()
  if (server) expect(await server.stop()).toBe(0)
})

const signedIn = (email: string) => signIn(server.url, email, PASSWORD, browsers)
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(screenshots, `edit-view-${name}.png`) })

async function draftBy(email: string, title: string): Promise<string> {
  const { doc } = await api.ok<{ doc: { id: number } }>(await api.tokenOf(email), 'POST', '/api/articles?draft=true', {
    title,
  })
  return String(doc.id)
}

/** Edit locks Payload holds on an article, as the admin reads them. */
async function locksOn(id: string): Promise<{ user: unknown }[]> {
  const admin = await api.tokenOf('admin@newsroom.test')
  const { docs } = await api.ok<{ docs: { user: unknown }[] }>(
    admin,
    'GET',
    `/api/payload-locked-documents?where[document.value][equals]=${id}&depth=0`,
  )
  return docs
}

type Article = { title?: string; standfirst?: string | null; _status?: string; workflowStatus?: string }

const read = async (id: string, draft: boolean) =>
  api.ok<Article>(await api.tokenOf(EDITOR), 'GET', `/api/articles/${id}?depth=0${draft ? '&draft=true' : ''}`)

/** The answers to the writes a page sends to one article, in order. */
function writesTo(page: Page, id: string): Response[] {
  const answers: Response[] = []
  page.on('response', (response) => {
    if (response.request().method() === 'PATCH' && new URL(response.url()).pathname === `/api/articles/${id}`)
      answers.push(response)
  })
  return answers
}

test('a piece the journalist submits is not held by their edit lock: the editor opens it and approves it at once', async () => {
  const id = await draftBy(JOURNALIST, 'Marchés de Noël : les communes qui recrutent')
  const journalist = await signedIn(JOURNALIST)
  await journalist.goto(`${server.url}/admin/collections/articles/${id}`)
  await journalist.locator('#field-standfirst').fill('Les mairies cherchent des exposants et des bénévoles.')
  // Typing takes Payload's edit lock for the journalist, as it should while they write.
  await journalist.waitForFunction(async (articleId) => {
    const { docs } = (await (
      await fetch(`/api/payload-locked-documents?where[document.value][equals]=${articleId}`)
    ).json()) as { docs: unknown[] }
    return docs.length > 0
  }, id)
  await clickWhenReady(journalist.getByRole('button', { name: 'Soumettre à relecture' }))
  await journalist.locator('.workflow-control[data-workflow-status="in-review"]').waitFor()
  // The move's write released the lock, and the tab did not take it again drawing the new step.
  expect(await locksOn(id)).toEqual([])
  // A change typed in the tab still open on the submitted piece does not take it either.
  await journalist.locator('#field-standfirst').fill('Les mairies cherchent des exposants.')
  await journalist.waitForFunction(async (articleId) => {
    const doc = (await (await fetch(`/api/articles/${articleId}?draft=true&depth=0`)).json()) as {
      standfirst?: string
    }
    return doc.standfirst === 'Les mairies cherchent des exposants.'
  }, id)
  await journalist.waitForLoadState('networkidle')
  expect(await locksOn(id)).toEqual([])

  // The editor acts once the view is hydrated, which the deliveries panel's request says: on a slow machine
  // the network goes quiet while the page's scripts still run, and a click on a view React has not yet
  // hydrated is dropped. The move is sent once and the page shows its step.
  const editor = await signedIn(EDITOR)
  const writes = writesTo(editor, id)
  const hydrated = editor.waitForResponse(
    (response) => new URL(response.url()).pathname === '/api/deliveries' && response.url().includes(`=${id}&`),
  )
  await editor.goto(`${server.url}/admin/collections/articles/${id}`)
  await hydrated
  await clickWhenReady(editor.getByRole('button', { name: 'Valider' }))
  expect(await editor.locator('#document-locked').count()).toBe(0)
  await editor.locator('.workflow-control[data-workflow-status="approved"]').waitFor()
  await editor.locator('#field-body').waitFor()
  await shot(editor, '1-editor-approves-submitted')
  expect(writes.map((answer) => answer.status())).toEqual([200])
  const moved = writes[0]
  expect(moved.request().postData()).toContain('"workflowStatus":"approved"')
  expect(moved.request().headers()['if-match']).toMatch(new RegExp(`^"${id}-[0-9a-z]+"$`))

  // The page holds the version the move made: the editor's next change is saved on it, not refused.
  const saved = editor.waitForResponse(
    (response) => response.request().method() === 'PATCH' && response.url().includes(`/api/articles/${id}?`),
  )
  await editor.locator('#field-standfirst').fill('Les mairies cherchent des exposants pour décembre.')
  await saved
  expect(writes.map((answer) => answer.status())).toEqual([200, 200])
  expect(writes[1].request().headers()['if-match']).toBe(moved.headers()['etag'])
  expect(await editor.getByRole('alertdialog').count()).toBe(0)
  expect((await read(id, true)).workflowStatus).toBe('approved')
})

async function publishedBy(email: string, title: string): Promise<string> {
  const token = await api.tokenOf(email)
  const id = await draftBy(email, title)
  await api.ok(token, 'PATCH', `/api/articles/${id}?draft=true`, { workflowStatus: 'approved' })
  await api.ok(token, 'PATCH', `/api/articles/${id}`, { _status: 'published' })
  return id
}

test('two people edit one published piece: the second save gets the French 412 message, overwrites nothing and offers to reload', async () => {
  const id = await publishedBy(EDITOR, 'Apprentissage : l’aide à l’embauche prolongée')
  const url = `${server.url}/admin/collections/articles/${id}`
  // The editor opens the piece first and reads it; the admin then changes it and publishes.
  const editor = await signedIn(EDITOR)
  await editor.goto(url)
  await editor.locator('#field-standfirst').waitFor()
  const admin = await signedIn('admin@newsroom.test')
  await admin.goto(url)
  const newTitle = 'Apprentissage : l’aide à l’embauche prolongée jusqu’en juin'
  await admin.locator('#field-title').fill(newTitle)
  await admin.waitForFunction(async (articleId) => {
    const doc = (await (await fetch(`/api/articles/${articleId}?draft=true&depth=0`)).json()) as { title?: string }
    return doc.title?.endsWith('jusqu’en juin')
  }, id)
  await clickWhenReady(admin.locator('#action-save'))
  await admin.locator('.status__value', { hasText: /^Publié$/ }).waitFor()
  expect((await read(id, false)).title).toBe(newTitle)

  // The editor, still on the version they opened, types: the autosave is refused with 412.
  const refused = editor.waitForResponse(
    (response) => response.request().method() === 'PATCH' && response.url().includes(`/api/articles/${id}`),
  )
  await editor.locator('#field-standfirst').fill('Un chapô écrit sur une version dépassée.')
  const answer = await refused
  expect(answer.status()).toBe(412)
  expect(answer.request().headers()['if-match']).toMatch(new RegExp(`^"${id}-[0-9a-z]+"$`))
  const dialog = editor.getByRole('alertdialog')
  await dialog.waitFor()
  const message = await dialog.locator('.edit-conflict__message').innerText()
  expect(message).toMatch(
    /^Ce contenu a été modifié depuis que vous l’avez ouvert par Camille Martin le \d{1,2} [a-zéû]+\.? \d{4}/,
  )
  await shot(editor, '2-conflict-dialog')

  // Nothing of the stale edit reached the piece, published or draft.
  const [live, draft] = [await read(id, false), await read(id, true)]
  expect([live.title, live._status, draft.title, draft.standfirst ?? null]).toEqual([
    newTitle,
    'published',
    newTitle,
    null,
  ])

  await clickWhenReady(dialog.getByRole('button', { name: 'Recharger la version actuelle' }))
  await editor.waitForFunction(
    (title) => (document.querySelector('#field-title') as HTMLInputElement | null)?.value === title,
    newTitle,
  )
})

test('a save on the version one loaded goes through, with If-Match, and the next save follows it', async () => {
  const id = await draftBy(JOURNALIST, 'Transmission d’entreprise : le guide')
  const journalist = await signedIn(JOURNALIST)
  await journalist.goto(`${server.url}/admin/collections/articles/${id}`)
  const saved = () =>
    journalist.waitForResponse(
      (response) => response.request().method() === 'PATCH' && response.url().includes(`/api/articles/${id}?`),
    )
  let answer = saved()
  await journalist.locator('#field-standfirst').fill('Premier jet.')
  const first = await answer
  answer = saved()
  await journalist.locator('#field-standfirst').fill('Second jet, sur la version que le premier a produite.')
  const second = await answer
  expect([first.status(), second.status()]).toEqual([200, 200])
  expect(first.request().headers()['if-match']).toMatch(new RegExp(`^"${id}-[0-9a-z]+"$`))
  // The second save is made on the version the first one produced.
  expect(second.request().headers()['if-match']).toBe(first.headers()['etag'])
  expect((await read(id, true)).standfirst).toBe('Second jet, sur la version que le premier a produite.')
  expect(await journalist.getByRole('alertdialog').count()).toBe(0)
})

/**
 * The header's controls (review step, preview, publish, menu) keep one line on the usual laptop
 * widths: each control's middle at one height. Shot at each width.
 */
async function headerOnOneLine(page: Page, name: string): Promise<void> {
  const usual = page.viewportSize()
  // The body's editor loads last: the shot waits for it rather than catching its placeholder.
  await page.locator('#field-body').waitFor()
  for (const width of [1280, 1440]) {
    await page.setViewportSize({ width, height: 800 })
    const middles = await page.locator('.doc-controls__controls').evaluate((controls) =>
      [...controls.querySelectorAll('.btn, .review-step__badge, .doc-controls__dots, a')]
        .map((element) => element.getBoundingClientRect())
        .filter((box) => box.width > 0)
        .map((box) => Math.round(box.top + box.height / 2)),
    )
    expect(middles.length).toBeGreaterThan(2)
    expect(Math.max(...middles) - Math.min(...middles)).toBeLessThanOrEqual(2)
    await shot(page, `${name}-${width}`)
  }
  if (usual) await page.setViewportSize(usual)
}

test('the review step sits in the header with one primary action per role; publishing shows only on an approved piece', async () => {
  const id = await draftBy(JOURNALIST, 'Circuits courts : les cantines s’y mettent')
  const journalist = await signedIn(JOURNALIST)
  await journalist.goto(`${server.url}/admin/collections/articles/${id}`)
  const header = journalist.locator('.doc-controls .review-step')
  await header.locator('.review-step__badge', { hasText: 'Brouillon' }).waitFor()
  expect(await header.locator('.review-step__move--primary').allInnerTexts()).toEqual(['Soumettre à relecture'])
  expect(await journalist.locator('#action-save').count()).toBe(0)
  await shot(journalist, '3-journalist-header-draft')
  await clickWhenReady(header.getByRole('button', { name: 'Soumettre à relecture' }))
  await journalist.locator('.review-step[data-workflow-status="in-review"]').waitFor()

  const editor = await signedIn(EDITOR)
  await editor.goto(`${server.url}/admin/collections/articles/${id}`)
  const editorHeader = editor.locator('.doc-controls .review-step')
  await editorHeader.locator('.review-step__badge', { hasText: 'En relecture' }).waitFor()
  expect(await editorHeader.locator('.review-step__move--primary').allInnerTexts()).toEqual(['Valider'])
  expect((await editorHeader.locator('.review-step__move').allInnerTexts()).sort()).toEqual([
    'Demander des modifications',
    'Repasser en brouillon',
    'Valider',
  ])
  // Publishing an in-review piece would be refused: Payload's button is not offered.
  expect(await editor.locator('#action-save').count()).toBe(0)
  await shot(editor, '4-editor-header-in-review')
  await headerOnOneLine(editor, '4-editor-header-in-review')
  await clickWhenReady(editorHeader.getByRole('button', { name: 'Valider' }))
  await editor.locator('.review-step[data-workflow-status="approved"]').waitFor()
  await editor.locator('#action-save').waitFor()
  expect(await editor.locator('.review-step__move--primary').count()).toBe(0)
  await shot(editor, '5-editor-header-approved')
  await headerOnOneLine(editor, '5-editor-header-approved')

  // Lists: the review step is a coloured column, and a filter.
  await editor.goto(`${server.url}/admin/collections/articles?where[workflowStatus][equals]=approved`)
  const badges = editor.locator('.table .review-step__badge')
  await badges.first().waitFor()
  expect(new Set(await badges.allInnerTexts())).toEqual(new Set(['Validé']))
  expect(await editor.locator('.table thead').innerText()).toContain('Étape de relecture')
  await editor.goto(`${server.url}/admin/collections/articles`)
  await editor.locator('.table .review-step__badge[data-workflow-status="draft"]').first().waitFor()
  const colours = await editor
    .locator('.table .review-step__badge')
    .evaluateAll((cells) => new Set(cells.map((cell) => getComputedStyle(cell).backgroundColor)).size)
  expect(colours).toBeGreaterThan(1)
  await shot(editor, '6-list-review-column')
})

const FRENCH_DATE = /^\d{1,2} (janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)\.? \d{4} \d{2}:\d{2}$/

test('the admin speaks French: dates day first in 24 h, named collections and audit values, the admin’s font in the body', async () => {
  const admin = await signedIn('admin@newsroom.test')
  await admin.goto(`${server.url}/admin/collections/audit-log`)
  const rows = admin.locator('.table tbody tr')
  // The list draws its rows before their cells have loaded ("Chargement en cours...").
  await rows.first().locator('.cell-at', { hasText: /\d{4}/ }).waitFor()
  const table = await admin.locator('.table').innerText()
  expect(table).not.toMatch(/\b(transition|in-review|login)\b/)
  expect(table).toMatch(/Changement d’étape|Connexion|Création/)
  const at = (await rows.first().locator('.cell-at').innerText()).trim()
  expect(at).toMatch(FRENCH_DATE)
  await shot(admin, '7-audit-log-french')
  const nav = await admin.locator('.nav').first().innerText()
  expect(nav).toContain('Réussites d’entreprises')
  expect(nav).not.toContain('Success stories')

  const id = await draftBy('editor@newsroom.test', 'Commerce de proximité : la carte des aides')
  await api.ok(await api.tokenOf(EDITOR), 'PATCH', `/api/articles/${id}?draft=true`, { workflowStatus: 'in-review' })
  const editor = await signedIn(EDITOR)
  await editor.goto(`${server.url}/admin/collections/articles/${id}`)
  // The value reads "Chargement en cours..." until the document's dates arrive.
  const modified = editor.locator('.doc-controls__value', { hasText: /\d{4} \d{2}:\d{2}/ }).first()
  await modified.waitFor()
  expect((await modified.innerText()).trim()).toMatch(FRENCH_DATE)
  const bodyFont = await editor.locator('#field-body').evaluate((element) => getComputedStyle(element).fontFamily)
  expect(bodyFont).not.toMatch(/^(serif|"?Times)/i)
  await clickWhenReady(editor.getByRole('button', { name: 'Demander des modifications' }))
  const comment = editor.getByRole('textbox', { name: 'Commentaire pour l’auteur (facultatif)' })
  expect(await comment.evaluate((element) => getComputedStyle(element).fontFamily)).not.toMatch(/monospace/)
  await shot(editor, '8-change-request-comment')
})
