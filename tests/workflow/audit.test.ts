import type { Payload } from 'payload'

import { ACTORS_WITH_ROLES } from '../helpers/actors'
import { startTestApp, type TestApp } from '../helpers/app'
import { demoUser, PUBLISH } from '../helpers/users'

let app: TestApp
const tokens: Record<string, string> = {}
beforeAll(async () => {
  app = await startTestApp('audit', { seed: true })
  for (const actor of ACTORS_WITH_ROLES) tokens[actor.role] = await app.login(actor.email)
})
afterAll(() => app.close())

type Entry = {
  action: string
  collection: string
  documentId: string
  documentTitle: string
  userEmail: string
  changedFields: string[]
  statusBefore: string
  statusAfter: string
  note: string
}

async function entries(payload: Payload, where: Record<string, unknown>): Promise<Entry[]> {
  const { docs } = await payload.find({
    collection: 'audit-log',
    where: where as never,
    sort: 'at',
    limit: 100,
    overrideAccess: true,
  })
  return docs as unknown as Entry[]
}

describe('the audit trail records', () => {
  test('create, update with the fields changed, transition, publish, unpublish and delete, with who and the statuses', async () => {
    const post = await app.request('/api/articles', {
      method: 'POST',
      token: tokens.journalist,
      json: { title: 'Audité', format: 'news' },
    })
    const { doc } = (await post.json()) as { doc: { id: number } }
    const id = doc.id
    await app.request(`/api/articles/${id}?draft=true`, {
      method: 'PATCH',
      token: tokens.journalist,
      json: { standfirst: 'Un chapô' },
    })
    await app.request(`/api/articles/${id}?draft=true`, {
      method: 'PATCH',
      token: tokens.journalist,
      json: { workflowStatus: 'in-review' },
    })
    await app.request(`/api/articles/${id}?draft=true`, {
      method: 'PATCH',
      token: tokens.editor,
      json: { workflowStatus: 'approved' },
    })
    await app.request(`/api/articles/${id}`, { method: 'PATCH', token: tokens.editor, json: { _status: 'published' } })
    await app.request(`/api/articles/${id}`, { method: 'PATCH', token: tokens.editor, json: { _status: 'draft' } })
    await app.request(`/api/articles/${id}`, { method: 'DELETE', token: tokens.editor })

    const trail = await entries(app.payload, {
      and: [{ collection: { equals: 'articles' } }, { documentId: { equals: String(id) } }],
    })
    expect(trail.map((e) => [e.action, e.userEmail])).toEqual([
      ['create', 'journalist@newsroom.test'],
      ['update', 'journalist@newsroom.test'],
      ['transition', 'journalist@newsroom.test'],
      ['transition', 'editor@newsroom.test'],
      ['publish', 'editor@newsroom.test'],
      ['unpublish', 'editor@newsroom.test'],
      ['delete', 'editor@newsroom.test'],
    ])
    expect(trail[1].changedFields).toEqual(['standfirst'])
    expect(trail[2]).toMatchObject({
      statusBefore: 'draft, draft',
      statusAfter: 'draft, in-review',
      documentTitle: 'Audité',
    })
    expect(trail[4]).toMatchObject({ statusAfter: 'published, approved' })
  })

  test('logins, failed logins and role changes', async () => {
    await app.request('/api/users/login', {
      method: 'POST',
      json: { email: 'contributor@newsroom.test', password: 'not-the-password' },
    })
    await app.login('contributor@newsroom.test')
    const contributor = await demoUser(app.payload, 'contributor')
    await app.request(`/api/users/${contributor.id}`, {
      method: 'PATCH',
      token: tokens.admin,
      json: { roles: ['contributor', 'journalist'] },
    })

    const failed = await entries(app.payload, { action: { equals: 'login-failed' } })
    expect(failed.map((e) => e.documentTitle)).toContain('contributor@newsroom.test')
    const logins = await entries(app.payload, {
      and: [{ action: { equals: 'login' } }, { userEmail: { equals: 'contributor@newsroom.test' } }],
    })
    expect(logins.length).toBeGreaterThanOrEqual(1)
    const roleChanges = await entries(app.payload, { action: { equals: 'role-change' } })
    expect(roleChanges.at(-1)).toMatchObject({
      userEmail: 'admin@newsroom.test',
      statusBefore: 'contributor',
      statusAfter: 'contributor, journalist',
    })
  })

  test('schedules and version restores', async () => {
    const editor = await demoUser(app.payload, 'editor')
    const { id } = await app.payload.create({
      collection: 'articles',
      data: { title: 'Version 1', format: 'news', ...PUBLISH },
      user: editor,
      overrideAccess: false,
    })
    await app.payload.update({
      collection: 'articles',
      id,
      data: { title: 'Version 2', ...PUBLISH },
      user: editor,
      overrideAccess: false,
    })
    const versions = await app.payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: id } },
      sort: 'createdAt',
      overrideAccess: true,
    })
    const first = versions.docs[0]

    const journalistTry = await app.request(`/api/articles/versions/${first.id}`, {
      method: 'POST',
      token: tokens.journalist,
    })
    expect(journalistTry.status).toBe(403)
    const restored = await app.request(`/api/articles/versions/${first.id}`, { method: 'POST', token: tokens.editor })
    expect(restored.status).toBe(200)

    const scheduled = await app.request(`/api/articles/${id}/schedule`, {
      method: 'POST',
      token: tokens.editor,
      json: { at: new Date(Date.now() + 3_600_000).toISOString() },
    })
    expect(scheduled.status).toBe(201)
    const trail = await entries(app.payload, {
      and: [{ collection: { equals: 'articles' } }, { documentId: { equals: String(id) } }],
    })
    expect(trail.map((e) => e.action)).toEqual(expect.arrayContaining(['restore-version', 'schedule']))
    expect(trail.find((e) => e.action === 'restore-version')?.userEmail).toBe('editor@newsroom.test')
  })

  test('an entry is written in the transaction of its change: a change that fails leaves no entry', async () => {
    const before = (await app.payload.count({ collection: 'audit-log', overrideAccess: true })).totalDocs
    const response = await app.request('/api/articles', {
      method: 'POST',
      token: tokens.editor,
      json: { title: 'Publié sans validation', format: 'news', _status: 'published' },
    })
    expect(response.status).toBe(400)
    expect((await app.payload.count({ collection: 'audit-log', overrideAccess: true })).totalDocs).toBe(before)
  })
})

describe('the audit trail is append-only', () => {
  let entryId: number
  beforeAll(async () => {
    entryId = (await app.payload.find({ collection: 'audit-log', limit: 1, overrideAccess: true })).docs[0].id as number
  })

  test.each(ACTORS_WITH_ROLES.map((a) => a.role))(
    '%s can neither update nor delete an entry (REST, GraphQL)',
    async (role) => {
      const token = tokens[role]
      expect([403, 404]).toContain(
        (await app.request(`/api/audit-log/${entryId}`, { method: 'PATCH', token, json: { note: 'edited' } })).status,
      )
      expect([403, 404]).toContain((await app.request(`/api/audit-log/${entryId}`, { method: 'DELETE', token })).status)
      const update = await app.graphql(`mutation { updateAuditLog(id: ${entryId}, data: { note: "x" }) { id } }`, {
        token,
      })
      expect((update.body as { errors?: unknown[] }).errors?.length).toBeGreaterThan(0)
      const remove = await app.graphql(`mutation { deleteAuditLog(id: ${entryId}) { id } }`, { token })
      expect((remove.body as { errors?: unknown[] }).errors?.length).toBeGreaterThan(0)
    },
  )

  test('not even the Local API with overrideAccess can change or delete an entry', async () => {
    await expect(
      app.payload.update({ collection: 'audit-log', id: entryId, data: { note: 'x' }, overrideAccess: true }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      app.payload.delete({ collection: 'audit-log', id: entryId, overrideAccess: true }),
    ).rejects.toMatchObject({ status: 403 })
  })

  test('editors and admins read it, filtered by user, document and date; others may not', async () => {
    const since = new Date(Date.now() - 3_600_000).toISOString()
    const query = `/api/audit-log?where[userEmail][equals]=editor@newsroom.test&where[at][greater_than]=${since}&where[collection][equals]=articles`
    const editorView = await app.request(query, { token: tokens.editor })
    expect(editorView.status).toBe(200)
    const { docs } = (await editorView.json()) as { docs: Entry[] }
    expect(docs.length).toBeGreaterThan(0)
    expect(docs.every((e) => e.userEmail === 'editor@newsroom.test' && e.collection === 'articles')).toBe(true)
    expect((await app.request(query, { token: tokens.admin })).status).toBe(200)
    for (const role of ['journalist', 'community-manager', 'contributor'])
      expect((await app.request(query, { token: tokens[role] })).status).toBe(403)
    expect((await app.request(query)).status).toBe(403)
  })
})
