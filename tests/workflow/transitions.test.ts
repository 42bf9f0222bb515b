import { checkTransition } from '../../src/lib/workflow'
import { startTestApp, type TestApp } from '../helpers/app'
import { expectedMove, pairs, REVIEW_STATUSES, ROLES, type Role } from '../helpers/expectedTransitions'

let app: TestApp
const tokens: Record<string, string> = {}
beforeAll(async () => {
  app = await startTestApp('transitions', { seed: true })
  for (const role of ['admin', 'editor', 'journalist', 'community', 'contributor'])
    tokens[role] = await app.login(`${role}@newsroom.test`)
})
afterAll(() => app.close())

type Doc = { id: number; workflowStatus: string; _status: string; title: string }
type ErrorBody = { errors: { message: string }[] }

const patch = (token: string, id: number, data: Record<string, unknown>, query = '?draft=true') =>
  app.request(`/api/articles/${id}${query}`, { method: 'PATCH', token, json: data })

async function journalistDraft(title: string): Promise<number> {
  const response = await app.request('/api/articles', {
    method: 'POST',
    token: tokens.journalist,
    json: { title, format: 'news' },
  })
  expect(response.status).toBe(201)
  return ((await response.json()) as { doc: Doc }).doc.id
}

/** Moves a document through the given statuses as the editor, with the system's authority. */
async function bringTo(id: number, status: string) {
  await app.payload.update({
    collection: 'articles',
    id,
    data: { workflowStatus: status } as never,
    draft: true,
    overrideAccess: true,
  })
}

const latest = async (id: number) =>
  app.payload.findByID({ collection: 'articles', id, draft: true, overrideAccess: true }) as unknown as Promise<Doc>

describe('the transition table', () => {
  const cases = pairs(REVIEW_STATUSES).flatMap(({ from, to }) =>
    ROLES.flatMap((role) => [true, false].map((owner) => ({ from, to, role, owner }))),
  )

  test.each(cases)('$role (owner: $owner) $from → $to', ({ from, to, role, owner }) => {
    const expected = expectedMove('review', from, to, role, owner)
    const verdict = checkTransition(from, to, [role], owner)
    if (expected === 'ok') expect(verdict).toEqual({ ok: true })
    else expect(verdict).toMatchObject({ ok: false, status: expected })
  })
})

describe('transitions over the API', () => {
  test('every allowed transition succeeds and every refused one is refused, per role, through REST', async () => {
    for (const { from, to } of pairs(REVIEW_STATUSES)) {
      for (const role of ['editor', 'journalist', 'community', 'contributor']) {
        const id = await journalistDraft(`Transition ${from} ${to} ${role}`)
        await bringTo(id, from)
        const asRole = (role === 'community' ? 'community-manager' : role) as Role
        const expected = expectedMove('review', from, to, asRole, role === 'journalist')
        const response = await patch(tokens[role], id, { workflowStatus: to })
        const label = `${role}: ${from} → ${to}`
        if (expected === 'ok') {
          expect([label, response.status]).toEqual([label, 200])
          expect((await latest(id)).workflowStatus).toBe(to)
        } else {
          // Contributors cannot even reach a journalist's piece: the read rule hides it (404) before the workflow speaks.
          const expectedStatus = role === 'contributor' ? [403, 404] : [expected]
          expect([label, expectedStatus.includes(response.status)]).toEqual([label, true])
          expect((await latest(id)).workflowStatus).toBe(from)
        }
      }
    }
  })

  test('a refused move says which moves this user may make from here', async () => {
    const id = await journalistDraft('Message de refus')
    const response = await patch(tokens.journalist, id, { workflowStatus: 'approved' })
    expect(response.status).toBe(403)
    const { errors } = (await response.json()) as ErrorBody
    // In French, the newsroom's default language (tests/workflow/refusalLanguage.test.ts covers English).
    expect(errors[0].message).toBe(
      'Vous ne pouvez pas faire passer ce document de « Brouillon » à « Validé ». ' +
        'Depuis « Brouillon », vous pouvez le faire passer à : En relecture.',
    )
  })

  test('a move that is not a workflow step is a 400, whoever asks', async () => {
    const id = await journalistDraft('Étape inconnue')
    await bringTo(id, 'changes-requested')
    const response = await patch(tokens.editor, id, { workflowStatus: 'draft' })
    expect(response.status).toBe(400)
    expect(((await response.json()) as ErrorBody).errors[0].message).toContain(
      '« Modifications demandées » → « Brouillon » n’est pas une étape du circuit de relecture',
    )
  })

  test('the same rules hold through GraphQL and the Local API', async () => {
    const id = await journalistDraft('Par GraphQL')
    const { body } = await app.graphql(
      `mutation { updateArticle(id: ${id}, data: { workflowStatus: approved }, draft: true) { id } }`,
      { token: tokens.journalist },
    )
    expect((body as { errors?: { extensions?: { statusCode?: number } }[] }).errors?.[0]?.extensions?.statusCode).toBe(
      403,
    )
    const journalist = (
      await app.payload.find({
        collection: 'users',
        where: { email: { equals: 'journalist@newsroom.test' } },
        overrideAccess: true,
      })
    ).docs[0]
    await expect(
      app.payload.update({
        collection: 'articles',
        id,
        data: { workflowStatus: 'approved' },
        draft: true,
        user: journalist,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    await app.payload.update({
      collection: 'articles',
      id,
      data: { workflowStatus: 'in-review' },
      draft: true,
      user: journalist,
      overrideAccess: false,
    })
    expect((await latest(id)).workflowStatus).toBe('in-review')
  })

  test('requesting changes keeps the reviewer’s comment', async () => {
    const id = await journalistDraft('Avec commentaire')
    await patch(tokens.journalist, id, { workflowStatus: 'in-review' })
    const response = await patch(tokens.editor, id, {
      workflowStatus: 'changes-requested',
      reviewNote: 'Sourcer le chiffre du deuxième paragraphe.',
    })
    expect(response.status).toBe(200)
    const doc = (await latest(id)) as Doc & { reviewNote: string }
    expect(doc.reviewNote).toBe('Sourcer le chiffre du deuxième paragraphe.')
  })
})

describe('publishing', () => {
  test('without approval it is refused, even for an editor', async () => {
    const id = await journalistDraft('Pas encore validé')
    await patch(tokens.journalist, id, { workflowStatus: 'in-review' })
    const response = await patch(tokens.editor, id, { _status: 'published' }, '')
    expect(response.status).toBe(400)
    expect(((await response.json()) as ErrorBody).errors[0].message).toContain(
      'Seuls les contenus validés peuvent être publiés ; celui-ci est « En relecture »',
    )
    expect((await app.request(`/api/articles/${id}`)).status).toBe(404)
  })

  test('a journalist may not publish, even an approved piece', async () => {
    const id = await journalistDraft('Validé mais pas par moi')
    await bringTo(id, 'approved')
    const response = await patch(tokens.journalist, id, { _status: 'published' }, '')
    expect(response.status).toBe(403)
    expect((await app.request(`/api/articles/${id}`)).status).toBe(404)
  })

  test('submit → approve → publish: the piece goes live', async () => {
    const id = await journalistDraft('Le bon chemin')
    expect((await patch(tokens.journalist, id, { workflowStatus: 'in-review' })).status).toBe(200)
    expect((await patch(tokens.editor, id, { workflowStatus: 'approved' })).status).toBe(200)
    expect((await patch(tokens.editor, id, { _status: 'published' }, '')).status).toBe(200)
    const live = await app.request(`/api/articles/${id}`)
    expect(live.status).toBe(200)
    expect(((await live.json()) as Doc).title).toBe('Le bon chemin')
  })

  test('a journalist’s edit of a published piece is a new draft: the live version is untouched and review starts again', async () => {
    const id = await journalistDraft('Version en ligne')
    await bringTo(id, 'approved')
    await patch(tokens.editor, id, { _status: 'published' }, '')

    // Even asking to write the live version (no ?draft=true) produces a draft.
    const edit = await patch(tokens.journalist, id, { title: 'Version corrigée' }, '')
    expect(edit.status).toBe(200)

    const live = (await (await app.request(`/api/articles/${id}`)).json()) as Doc
    expect(live.title).toBe('Version en ligne')
    const draft = await latest(id)
    expect(draft.title).toBe('Version corrigée')
    expect(draft.workflowStatus).toBe('draft')

    expect((await patch(tokens.journalist, id, { workflowStatus: 'in-review' })).status).toBe(200)
    expect((await patch(tokens.editor, id, { workflowStatus: 'approved' })).status).toBe(200)
    expect((await patch(tokens.editor, id, { _status: 'published' }, '')).status).toBe(200)
    expect(((await (await app.request(`/api/articles/${id}`)).json()) as Doc).title).toBe('Version corrigée')
  })

  test('a journalist cannot unpublish: the live version stays', async () => {
    const id = await journalistDraft('Reste en ligne')
    await bringTo(id, 'approved')
    await patch(tokens.editor, id, { _status: 'published' }, '')
    await patch(tokens.journalist, id, { _status: 'draft' }, '')
    expect((await app.request(`/api/articles/${id}`)).status).toBe(200)
  })

  test('scheduled publish after approval works; scheduling is refused before approval and to non-editors', async () => {
    const id = await journalistDraft('Programmé')
    const at = new Date(Date.now() + 3_600_000).toISOString()
    const schedule = (token: string, body: Record<string, unknown> = { at }) =>
      app.request(`/api/articles/${id}/schedule`, { method: 'POST', token, json: body })

    const early = await schedule(tokens.editor)
    expect(early.status).toBe(400)
    expect(((await early.json()) as ErrorBody).errors[0].message).toContain(
      'Seuls les contenus validés peuvent être publiés',
    )
    await bringTo(id, 'approved')
    expect((await schedule(tokens.journalist)).status).toBe(403)
    expect((await schedule(tokens.editor, { at: 'tomorrow' })).status).toBe(400)
    expect((await schedule(tokens.editor, { at: '2020-01-01T00:00:00Z' })).status).toBe(400)
    const accepted = await schedule(tokens.editor)
    expect(accepted.status).toBe(201)
    const { job } = (await accepted.json()) as { job: { id: number } }

    await app.payload.jobs.run()
    expect((await app.request(`/api/articles/${id}`)).status).toBe(404)
    // Time passes: the job falls due.
    await app.payload.update({
      collection: 'payload-jobs',
      id: job.id,
      data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
      overrideAccess: true,
    })
    await app.payload.jobs.run()
    expect((await app.request(`/api/articles/${id}`)).status).toBe(200)
    // A job that completes is removed; one that failed would stay with hasError.
    expect(
      await app.payload.findByID({ collection: 'payload-jobs', id: job.id, overrideAccess: true, disableErrors: true }),
    ).toBeNull()
  })
})

describe('autosave', () => {
  test('an autosave carrying a stale review status does not undo a move made meanwhile', async () => {
    const id = await journalistDraft('Autosave en retard')
    expect((await patch(tokens.journalist, id, { workflowStatus: 'in-review' })).status).toBe(200)
    const stale = await patch(
      tokens.journalist,
      id,
      { title: 'Autosave en retard (suite)', workflowStatus: 'draft' },
      '?draft=true&autosave=true',
    )
    expect(stale.status).toBe(200)
    const doc = await latest(id)
    expect(doc).toMatchObject({ title: 'Autosave en retard (suite)', workflowStatus: 'in-review' })
  })
})
