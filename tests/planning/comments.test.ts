import { startTestApp, type TestApp } from '../helpers/app'
import { makeSubject, ROLE_EMAILS, userIds, type DemoRole } from '../helpers/planning'
import { PUBLISH } from '../helpers/users'

let app: TestApp
let ids: Record<DemoRole, number>
const tokens: Partial<Record<DemoRole, string>> = {}
beforeAll(async () => {
  app = await startTestApp('comments', { seed: true })
  ids = await userIds(app.payload)
  for (const role of Object.keys(ROLE_EMAILS) as DemoRole[]) tokens[role] = await app.login(ROLE_EMAILS[role])
}, 120_000)
afterAll(() => app.close())

type Comment = { id: number; author: number; mentions: number[]; body: string }
const comment = async (
  role: DemoRole,
  target: { relationTo: string; value: number },
  body: string,
  extra: Record<string, unknown> = {},
) => {
  const response = await app.request('/api/comments?depth=0', {
    method: 'POST',
    token: tokens[role],
    json: { body, target, ...extra },
  })
  return { status: response.status, doc: response.ok ? ((await response.json()) as { doc: Comment }).doc : undefined }
}

describe('comments', () => {
  test('staff comment on a piece and on a subject; the author is whoever is signed in; they show on the document', async () => {
    const article = await app.payload.create({
      collection: 'articles',
      data: { title: 'Commenté', format: 'news', ...PUBLISH },
      overrideAccess: true,
    })
    const subject = await makeSubject(app.payload)
    const onArticle = await comment(
      'journalist',
      { relationTo: 'articles', value: article.id },
      'Le chapô est trop long.',
      { author: ids.editor },
    )
    expect(onArticle.status).toBe(201)
    expect(onArticle.doc?.author).toBe(ids.journalist)
    expect(
      (await comment('community', { relationTo: 'subjects', value: subject.id }, 'À relayer sur LinkedIn')).status,
    ).toBe(201)

    const piece = (await (
      await app.request(`/api/articles/${article.id}?depth=0`, { token: tokens.editor })
    ).json()) as { comments: { docs: number[] } }
    expect(piece.comments.docs).toEqual([onArticle.doc?.id])
    const planned = (await (
      await app.request(`/api/subjects/${subject.id}?depth=1`, { token: tokens.editor })
    ).json()) as { comments: { docs: Comment[] } }
    expect(planned.comments.docs.map((c) => c.body)).toEqual(['À relayer sur LinkedIn'])
    // Readers of the published piece never see the newsroom's comments.
    const publicView = (await (await app.request(`/api/articles/${article.id}?depth=0`)).json()) as Record<
      string,
      unknown
    >
    expect(publicView.comments).toBeUndefined()
  })

  test('authors edit only their own comments; editors may delete any', async () => {
    const subject = await makeSubject(app.payload)
    const { doc: editors } = await comment('editor', { relationTo: 'subjects', value: subject.id }, 'Angle à préciser')
    const { doc: mine } = await comment('journalist', { relationTo: 'subjects', value: subject.id }, 'Je prends')
    const edit = (role: DemoRole, id: number, body: string) =>
      app.request(`/api/comments/${id}`, { method: 'PATCH', token: tokens[role], json: { body } })
    expect([403, 404]).toContain((await edit('journalist', editors!.id, 'Réécrit')).status)
    expect([403, 404]).toContain((await edit('editor', mine!.id, 'Réécrit')).status)
    expect((await edit('journalist', mine!.id, 'Je prends, pour jeudi')).status).toBe(200)
    expect([403, 404]).toContain(
      (await app.request(`/api/comments/${editors!.id}`, { method: 'DELETE', token: tokens.journalist })).status,
    )
    expect((await app.request(`/api/comments/${mine!.id}`, { method: 'DELETE', token: tokens.editor })).status).toBe(
      200,
    )
  })

  test('mentions follow the text as it is edited', async () => {
    const subject = await makeSubject(app.payload)
    const { doc } = await comment('editor', { relationTo: 'subjects', value: subject.id }, '@journalist tu peux ?')
    expect(doc?.mentions).toEqual([ids.journalist])
    const edited = await app.request(`/api/comments/${doc!.id}?depth=0`, {
      method: 'PATCH',
      token: tokens.editor,
      json: { body: '@Sarah Lefèvre plutôt, et @contributor pour la chambre' },
    })
    expect(((await edited.json()) as { doc: Comment }).doc.mentions.sort()).toEqual(
      [ids.community, ids.contributor].sort(),
    )
  })

  test('contributors and anonymous have no access to the newsroom’s comments', async () => {
    const subject = await makeSubject(app.payload, { createdBy: ids.contributor })
    expect((await comment('contributor', { relationTo: 'subjects', value: subject.id }, 'Une remarque')).status).toBe(
      403,
    )
    expect((await app.request('/api/comments', { token: tokens.contributor })).status).toBe(403)
    expect((await app.request('/api/comments')).status).toBe(403)
    expect(
      (
        await app.request('/api/comments', {
          method: 'POST',
          json: { body: 'Spam', target: { relationTo: 'subjects', value: subject.id } },
        })
      ).status,
    ).toBe(403)
  })
})
