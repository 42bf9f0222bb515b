import type { CollectionSlug } from 'payload'

import { startTestApp, type TestApp } from '../helpers/app'
import { CONTENT } from '../../src/lib/permissions'
import { GRAPHQL, SAMPLES } from '../helpers/samples'
import { demoUser, PUBLISH } from '../helpers/users'

let app: TestApp
let editorToken: string
beforeAll(async () => {
  app = await startTestApp('visibility', { seed: true })
  editorToken = await app.login('editor@newsroom.test')
})
afterAll(() => app.close())

describe.each([...CONTENT])('%s: drafts are for staff only', (collection) => {
  let draftId: number | string
  let publishedId: number | string
  const draftWord = `brouillon${collection.replace(/-/g, '')}`
  const publishedWord = `publie${collection.replace(/-/g, '')}`

  beforeAll(async () => {
    const editor = await demoUser(app.payload, 'editor')
    const slug = collection as CollectionSlug
    draftId = (
      await app.payload.create({
        collection: slug,
        data: SAMPLES[collection](draftWord),
        draft: true,
        user: editor,
        overrideAccess: false,
      })
    ).id
    publishedId = (
      await app.payload.create({
        collection: slug,
        data: { ...SAMPLES[collection](publishedWord), ...PUBLISH } as never,
        user: editor,
        overrideAccess: false,
      })
    ).id
  })

  test('REST: anonymous lists and fetches only the published one; staff see both', async () => {
    const anonymous = (await (await app.request(`/api/${collection}?limit=100`)).json()) as { docs: { id: unknown }[] }
    const ids = anonymous.docs.map((d) => d.id)
    expect(ids).toContain(publishedId)
    expect(ids).not.toContain(draftId)
    expect((await app.request(`/api/${collection}/${draftId}`)).status).toBe(404)
    expect((await app.request(`/api/${collection}/${publishedId}`)).status).toBe(200)

    const staff = (await (
      await app.request(`/api/${collection}?limit=100&draft=true`, { token: editorToken })
    ).json()) as { docs: { id: unknown }[] }
    expect(staff.docs.map((d) => d.id)).toEqual(expect.arrayContaining([draftId, publishedId]))
  })

  test('GraphQL: anonymous sees only the published one', async () => {
    const { body } = await app.graphql<Record<string, { docs: { id: unknown }[] }>>(
      `{ ${GRAPHQL[collection].many}(limit: 100) { docs { id } } }`,
    )
    const ids = body.data?.[GRAPHQL[collection].many].docs.map((d) => d.id)
    expect(ids).toContain(publishedId)
    expect(ids).not.toContain(draftId)
  })

  test('search: the published one is found, the draft is not indexed', async () => {
    const hits = async (q: string) =>
      ((await (await app.request(`/api/search?q=${q}`)).json()) as { docs: { id: unknown; type: string }[] }).docs
    expect(await hits(publishedWord)).toEqual([expect.objectContaining({ id: publishedId, type: collection })])
    expect(await hits(draftWord)).toEqual([])
    expect(await hits(draftWord)).toEqual([]) // staff get the same index: drafts are never in it
  })

  test('unpublishing removes the document from anonymous reads and from search', async () => {
    const editor = await demoUser(app.payload, 'editor')
    await app.payload.update({
      collection: collection as CollectionSlug,
      id: publishedId,
      data: { _status: 'draft' },
      user: editor,
      overrideAccess: false,
    })
    expect((await app.request(`/api/${collection}/${publishedId}`)).status).toBe(404)
    const hits = (await (await app.request(`/api/search?q=${publishedWord}`)).json()) as { docs: unknown[] }
    expect(hits.docs).toEqual([])
  })
})
