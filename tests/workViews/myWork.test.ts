import { startTestApp, type TestApp } from '../helpers/app'
import { makeSubject, ROLE_EMAILS, userIds, type DemoRole } from '../helpers/planning'
import { PUBLISH } from '../helpers/users'
import { addDays, calendarDate } from '../../src/lib/isoWeek'
import { now } from '../../src/lib/clock'

type Item = {
  collection: string
  id: number
  title: string
  href: string
  date: string | null
  state: string | null
  stateLabel: string | null
}
type Section = { key: string; title: string; items: Item[] }

let app: TestApp
let ids: Record<DemoRole, number>
const tokens: Partial<Record<DemoRole, string>> = {}
let chamber: number
let otherChamber: number

beforeAll(async () => {
  app = await startTestApp('my-work', { seed: true })
  ids = await userIds(app.payload)
  chamber = (
    await app.payload.create({
      collection: 'chambers',
      data: { name: 'CCI Lot', kind: 'territorial' },
      overrideAccess: true,
    })
  ).id
  otherChamber = (
    await app.payload.create({
      collection: 'chambers',
      data: { name: 'CCI Tarn', kind: 'territorial' },
      overrideAccess: true,
    })
  ).id
  await app.payload.update({ collection: 'users', id: ids.contributor, data: { chamber }, overrideAccess: true })
  for (const role of Object.keys(ROLE_EMAILS) as DemoRole[]) tokens[role] = await app.login(ROLE_EMAILS[role])
}, 120_000)
afterAll(() => app.close())

async function work(role: DemoRole, language = 'fr'): Promise<Record<string, Section>> {
  const response = await app.request('/api/me/work', { token: tokens[role], headers: { 'accept-language': language } })
  expect(response.status).toBe(200)
  const { sections } = (await response.json()) as { sections: Section[] }
  return Object.fromEntries(sections.map((s) => [s.key, s]))
}

const titles = (section: Section | undefined) => section?.items.map((i) => i.title) ?? []
const noon = (date: string) => `${date}T12:00:00.000Z`

const article = (title: string, data: Record<string, unknown>) =>
  app.payload.create({
    collection: 'articles',
    data: { title, format: 'news', ...data } as never,
    draft: true,
    overrideAccess: true,
  })

describe('GET /api/me/work', () => {
  test('anonymous gets 401, in French by default', async () => {
    const response = await app.request('/api/me/work')
    expect(response.status).toBe(401)
    expect(JSON.stringify(await response.json())).toContain('Connectez-vous')
  })

  test('journalist: assigned subjects by due date, own drafts, own pieces with changes requested; each links to its edit view', async () => {
    const later = await makeSubject(app.payload, {
      title: 'Sujet plus tard',
      status: 'assigned',
      assignee: ids.journalist,
      dueDate: noon(addDays(calendarDate(now()), 9)),
    })
    const sooner = await makeSubject(app.payload, {
      title: 'Sujet bientôt',
      status: 'in-progress',
      assignee: ids.journalist,
      dueDate: noon(addDays(calendarDate(now()), 2)),
    })
    await makeSubject(app.payload, { title: 'Sujet d’un autre', status: 'assigned', assignee: ids.editor })
    const draft = await article('Mon brouillon', {
      createdBy: ids.journalist,
      authors: [ids.journalist],
      workflowStatus: 'draft',
    })
    await article('Papier à reprendre', {
      createdBy: ids.editor,
      authors: [ids.journalist],
      workflowStatus: 'changes-requested',
    })
    await article('Pas le mien', { createdBy: ids.editor, authors: [ids.editor], workflowStatus: 'changes-requested' })

    const mine = await work('journalist')
    expect(Object.keys(mine)).toEqual(['assignedSubjects', 'myDrafts', 'changesRequested'])
    expect(titles(mine.assignedSubjects)).toEqual(['Sujet bientôt', 'Sujet plus tard'])
    expect(mine.assignedSubjects.items[0]).toMatchObject({
      href: `/admin/collections/subjects/${sooner.id}`,
      state: 'in-progress',
      stateLabel: 'En cours',
    })
    expect(mine.assignedSubjects.items[1].href).toBe(`/admin/collections/subjects/${later.id}`)
    expect(mine.myDrafts.title).toBe('Mes brouillons')
    expect(mine.myDrafts.items).toContainEqual(
      expect.objectContaining({ title: 'Mon brouillon', href: `/admin/collections/articles/${draft.id}` }),
    )
    expect(titles(mine.changesRequested)).toEqual(['Papier à reprendre'])
  })

  test('editor: to review, approved not yet published, due this week, overdue (in English for an English admin)', async () => {
    await article('À relire vite', { createdBy: ids.journalist, workflowStatus: 'in-review' })
    await article('Validé en attente', { createdBy: ids.journalist, workflowStatus: 'approved' })
    await app.payload.create({
      collection: 'articles',
      data: { title: 'Déjà en ligne', format: 'news', ...PUBLISH },
      overrideAccess: true,
    })
    const today = calendarDate(now())
    await makeSubject(app.payload, {
      title: 'Dû aujourd’hui',
      status: 'assigned',
      assignee: ids.journalist,
      dueDate: noon(today),
    })
    await makeSubject(app.payload, {
      title: 'Dû hier',
      status: 'in-progress',
      assignee: ids.journalist,
      dueDate: noon(addDays(today, -1)),
    })
    await makeSubject(app.payload, {
      title: 'Dû dans un mois',
      status: 'assigned',
      assignee: ids.journalist,
      dueDate: noon(addDays(today, 30)),
    })
    await makeSubject(app.payload, {
      title: 'Livré en retard',
      status: 'delivered',
      assignee: ids.journalist,
      dueDate: noon(addDays(today, -3)),
    })

    const request = (subject: string, deadline: Date, status: string, assignee?: number) =>
      app.payload.create({
        collection: 'media-requests',
        data: {
          subject,
          outlet: 'France Info',
          journalistName: 'Jeanne Roux',
          deadline: deadline.toISOString(),
          status,
          assignee,
        } as never,
        overrideAccess: true,
      })
    const hour = 3_600_000
    const late = await request('Demande en retard', new Date(now().getTime() - 2 * hour), 'assigned', ids.journalist)
    const older = await request('Demande oubliée', new Date(now().getTime() - 48 * hour), 'new')
    await request('Demande répondue', new Date(now().getTime() - 3 * hour), 'answered', ids.journalist)
    await request('Demande déclinée', new Date(now().getTime() - 3 * hour), 'declined')
    await request('Demande pour demain', new Date(now().getTime() + 24 * hour), 'new')

    const board = await work('editor', 'en')
    expect(Object.keys(board)).toEqual([
      'toReview',
      'approvedUnpublished',
      'dueThisWeek',
      'overdue',
      'overdueMediaRequests',
    ])
    expect(board.overdueMediaRequests.title).toBe('Overdue media requests')
    expect(board.overdueMediaRequests.items.map((i) => [i.title, i.href, i.stateLabel])).toEqual([
      ['France Info · Demande oubliée', `/admin/collections/media-requests/${older.id}`, 'New'],
      ['France Info · Demande en retard', `/admin/collections/media-requests/${late.id}`, 'Assigned'],
    ])
    const inFrench = (await work('editor')).overdueMediaRequests
    expect(inFrench.title).toBe('Demandes presse en retard')
    // "Demande" is feminine: an assigned request is "Attribuée", not the subjects' "Attribué".
    expect(inFrench.items.map((i) => i.stateLabel)).toEqual(['Nouvelle', 'Attribuée'])
    expect(board.toReview.title).toBe('Waiting for review')
    expect(titles(board.toReview)).toContain('À relire vite')
    expect(titles(board.approvedUnpublished)).toContain('Validé en attente')
    expect(titles(board.approvedUnpublished)).not.toContain('Déjà en ligne')
    expect(titles(board.dueThisWeek)).toContain('Dû aujourd’hui')
    expect(titles(board.dueThisWeek)).not.toContain('Dû dans un mois')
    expect(titles(board.overdue)).toContain('Dû hier')
    expect(titles(board.overdue)).not.toEqual(expect.arrayContaining(['Dû aujourd’hui', 'Livré en retard']))
  })

  test('community manager: approved or published pieces without social copy, scheduled posts, failed deliveries', async () => {
    const bare = await app.payload.create({
      collection: 'articles',
      data: { title: 'Sans relais', format: 'news', ...PUBLISH },
      overrideAccess: true,
    })
    await app.payload.create({
      collection: 'articles',
      data: {
        title: 'Avec relais',
        format: 'news',
        ...PUBLISH,
        social: { x: { enabled: true, text: 'À lire' } },
      } as never,
      overrideAccess: true,
    })
    await article('Validé sans relais', { createdBy: ids.journalist, workflowStatus: 'approved' })
    const delivery = (status: string, network: string | null, at: string) =>
      app.payload.create({
        collection: 'deliveries',
        data: {
          itemCollection: 'articles',
          itemId: String(bare.id),
          itemTitle: 'Sans relais',
          event: 'published',
          network,
          status,
          webhookId: `msg_${status}_${network}`,
          orderKey: `o-${status}`,
          destinationName: 'Buffer',
          nextAttemptAt: at,
        } as never,
        overrideAccess: true,
      })
    await delivery('queued', 'x', new Date(now().getTime() + 3_600_000).toISOString())
    await delivery('failed', 'linkedin', now().toISOString())

    const mine = await work('community')
    expect(Object.keys(mine)).toEqual(['withoutSocialCopy', 'scheduledPosts', 'failedDeliveries'])
    expect(titles(mine.withoutSocialCopy)).toEqual(expect.arrayContaining(['Sans relais', 'Validé sans relais']))
    expect(titles(mine.withoutSocialCopy)).not.toContain('Avec relais')
    expect(mine.scheduledPosts.items).toEqual([
      expect.objectContaining({
        title: 'Sans relais · X',
        href: `/admin/collections/articles/${bare.id}`,
        state: 'queued',
      }),
    ])
    expect(mine.failedDeliveries.items).toEqual([
      expect.objectContaining({ title: 'Sans relais · LinkedIn', stateLabel: 'Échec' }),
    ])
  })

  test('contributor: their chamber’s pieces as their rights show them, and their own proposals; nothing of the newsroom’s', async () => {
    const story = (companyName: string, data: Record<string, unknown>) =>
      app.payload.create({
        collection: 'success-stories',
        data: { companyName, ...data } as never,
        draft: data._status !== 'published',
        overrideAccess: true,
      })
    await story('Boulangerie du Lot', { chamber, ...PUBLISH })
    await story('Mon brouillon de chambre', { chamber, createdBy: ids.contributor, workflowStatus: 'draft' })
    // A colleague's draft for the same chamber: not readable by this contributor, so not listed.
    await story('Brouillon d’un journaliste', { chamber, createdBy: ids.journalist, workflowStatus: 'draft' })
    await story('Scierie du Tarn', { chamber: otherChamber, ...PUBLISH })
    await makeSubject(app.payload, { title: 'Proposé par la chambre', createdBy: ids.contributor })

    const mine = await work('contributor')
    expect(Object.keys(mine)).toEqual(['assignedSubjects', 'changesRequested', 'chamberPieces', 'mySubjects'])
    expect(titles(mine.chamberPieces).sort()).toEqual(['Boulangerie du Lot', 'Mon brouillon de chambre'])
    expect(mine.chamberPieces.items.find((i) => i.title === 'Boulangerie du Lot')?.href).toMatch(
      /^\/admin\/collections\/success-stories\/\d+$/,
    )
    expect(mine.mySubjects.items).toEqual([
      expect.objectContaining({ title: 'Proposé par la chambre', state: 'proposed', stateLabel: 'Proposé' }),
    ])
  })

  test('the endpoint is described in the OpenAPI document', async () => {
    const document = (await (await app.request('/api/openapi.json')).json()) as {
      paths: Record<string, { get?: { responses: Record<string, unknown> } }>
    }
    expect(Object.keys(document.paths['/api/me/work']?.get?.responses ?? {})).toEqual(
      expect.arrayContaining(['200', '401']),
    )
  })
})
