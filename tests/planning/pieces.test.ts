import { createLocalReq, initTransaction, killTransaction } from 'payload'

import { startTestApp, type TestApp } from '../helpers/app'
import { makeSubject, ROLE_EMAILS, subjectById, userIds, type DemoRole } from '../helpers/planning'
import { demoUser } from '../helpers/users'

let app: TestApp
let ids: Record<DemoRole, number>
const tokens: Partial<Record<DemoRole, string>> = {}
beforeAll(async () => {
  app = await startTestApp('pieces', { seed: true })
  ids = await userIds(app.payload)
  for (const role of Object.keys(ROLE_EMAILS) as DemoRole[]) tokens[role] = await app.login(ROLE_EMAILS[role])
}, 120_000)
afterAll(() => app.close())

type Started = { doc: { id: number }; subject: { id: number; status: string }; adminUrl: string }
const start = (role: DemoRole, id: number) =>
  app.request(`/api/subjects/${id}/start`, { method: 'POST', token: tokens[role] })
const message = async (response: Response) =>
  ((await response.json()) as { errors: { message: string }[] }).errors[0].message

describe('starting the piece', () => {
  test('the assignee starts it: a draft pre-filled from the subject, owned by them, linked both ways, subject in progress', async () => {
    const topic = await app.payload.create({ collection: 'topics', data: { title: 'Export' }, overrideAccess: true })
    const subject = await makeSubject(app.payload, {
      title: 'Le chèque export expliqué',
      status: 'assigned',
      assignee: ids.journalist,
      targetType: 'articles',
      topics: [topic.id],
    })
    const response = await start('journalist', subject.id)
    expect(response.status).toBe(201)
    const body = (await response.json()) as Started
    expect(body.subject).toEqual({ id: subject.id, status: 'in-progress' })
    expect(body.adminUrl).toBe(`/admin/collections/articles/${body.doc.id}`)

    const piece = await app.payload.findByID({
      collection: 'articles',
      id: body.doc.id,
      draft: true,
      depth: 0,
      overrideAccess: true,
    })
    expect(piece).toMatchObject({
      title: 'Le chèque export expliqué',
      _status: 'draft',
      workflowStatus: 'draft',
      createdBy: ids.journalist,
      authors: [ids.journalist],
      topics: [topic.id],
    })
    expect((await subjectById(app.payload, subject.id)).deliverable).toEqual({
      relationTo: 'articles',
      value: body.doc.id,
    })
    // The piece names its subject, read through the join (joins are dropped from ?draft=true reads: payloadcms/payload#11355).
    const seen = await app.request(`/api/articles/${body.doc.id}?depth=0`, { token: tokens.journalist })
    const { subjects } = (await seen.json()) as { subjects: { docs: number[] } }
    expect(subjects.docs).toEqual([subject.id])
  })

  test('an editor may start it for the assignee, who owns the piece', async () => {
    const subject = await makeSubject(app.payload, {
      status: 'assigned',
      assignee: ids.journalist,
      targetType: 'guides',
    })
    const response = await start('editor', subject.id)
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as Started
    const piece = await app.payload.findByID({
      collection: 'guides',
      id: doc.id,
      draft: true,
      depth: 0,
      overrideAccess: true,
    })
    expect(piece.createdBy).toBe(ids.journalist)
    // The journalist may edit it: it is theirs.
    expect(
      (
        await app.request(`/api/guides/${doc.id}?draft=true`, {
          method: 'PATCH',
          token: tokens.journalist,
          json: { title: 'Fiche reprise' },
        })
      ).status,
    ).toBe(200)
  })

  test('refused: by someone else, twice, without target type, before assignment', async () => {
    const subject = await makeSubject(app.payload, {
      status: 'assigned',
      assignee: ids.journalist,
      targetType: 'articles',
    })
    expect((await start('community', subject.id)).status).toBe(403)
    expect((await start('journalist', subject.id)).status).toBe(201)
    const twice = await start('journalist', subject.id)
    expect(twice.status).toBe(409)
    expect(await message(twice)).toContain('a déjà son contenu')

    const untyped = await makeSubject(app.payload, { status: 'assigned', assignee: ids.journalist })
    expect((await start('journalist', untyped.id)).status).toBe(400)
    const proposed = await makeSubject(app.payload, { targetType: 'articles' })
    const early = await start('editor', proposed.id)
    expect(early.status).toBe(400)
    expect(await message(early)).toContain('Attribuez ce sujet avant de commencer son contenu')
    expect(
      await app.payload.count({
        collection: 'articles',
        where: { title: { equals: proposed.title } },
        overrideAccess: true,
      }),
    ).toEqual({ totalDocs: 0 })
  })
})

describe('publishing the piece delivers the subject', () => {
  test('approve and publish the deliverable: the subject is delivered, in the same save', async () => {
    const subject = await makeSubject(app.payload, {
      status: 'assigned',
      assignee: ids.journalist,
      targetType: 'articles',
    })
    const { doc } = (await (await start('journalist', subject.id)).json()) as Started
    await app.request(`/api/articles/${doc.id}?draft=true`, {
      method: 'PATCH',
      token: tokens.journalist,
      json: { workflowStatus: 'in-review' },
    })
    await app.request(`/api/articles/${doc.id}?draft=true`, {
      method: 'PATCH',
      token: tokens.editor,
      json: { workflowStatus: 'approved' },
    })
    expect((await subjectById(app.payload, subject.id)).status).toBe('in-progress')
    expect(
      (
        await app.request(`/api/articles/${doc.id}`, {
          method: 'PATCH',
          token: tokens.editor,
          json: { _status: 'published' },
        })
      ).status,
    ).toBe(200)
    expect((await subjectById(app.payload, subject.id)).status).toBe('delivered')
  })

  test('the delivery is part of the publication’s transaction: rolled back with it', async () => {
    const subject = await makeSubject(app.payload, {
      status: 'assigned',
      assignee: ids.journalist,
      targetType: 'articles',
    })
    const { doc } = (await (await start('journalist', subject.id)).json()) as Started
    await app.payload.update({
      collection: 'articles',
      id: doc.id,
      data: { workflowStatus: 'approved' },
      draft: true,
      overrideAccess: true,
    })
    const editor = await demoUser(app.payload, 'editor')
    const req = await createLocalReq({ user: editor }, app.payload)
    await initTransaction(req)
    await app.payload.update({
      collection: 'articles',
      id: doc.id,
      data: { _status: 'published' },
      user: editor,
      overrideAccess: false,
      req,
    })
    expect(
      (await app.payload.findByID({ collection: 'subjects', id: subject.id, depth: 0, overrideAccess: true, req }))
        .status,
    ).toBe('delivered')
    await killTransaction(req)
    expect((await subjectById(app.payload, subject.id)).status).toBe('in-progress')
  })

  test('a subject not yet under way is not delivered by a publication, and the publication goes ahead', async () => {
    const article = await app.payload.create({
      collection: 'articles',
      data: { title: 'Publié sans attendre', format: 'news', workflowStatus: 'approved' },
      draft: true,
      overrideAccess: true,
    })
    const subject = await makeSubject(app.payload, {
      status: 'proposed',
      deliverable: { relationTo: 'articles', value: article.id },
    })
    expect(
      (
        await app.request(`/api/articles/${article.id}`, {
          method: 'PATCH',
          token: tokens.editor,
          json: { _status: 'published' },
        })
      ).status,
    ).toBe(200)
    expect((await subjectById(app.payload, subject.id)).status).toBe('proposed')
  })
})
