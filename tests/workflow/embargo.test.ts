import { advanceClock, resetClock } from '../../src/lib/clock'
import { startTestApp, type TestApp } from '../helpers/app'
import { demoUser, PUBLISH } from '../helpers/users'

let app: TestApp
let editorToken: string
let articleId: number
let dossierId: number
const HOUR = 3_600_000
const embargoUntil = new Date(Date.now() + 2 * HOUR).toISOString()

beforeAll(async () => {
  app = await startTestApp('embargo', { seed: true })
  editorToken = await app.login('editor@newsroom.test')
  const editor = await demoUser(app.payload, 'editor')
  articleId = (
    await app.payload.create({
      collection: 'articles',
      data: { title: 'Plan de relance régional', format: 'news', embargoUntil, ...PUBLISH },
      user: editor,
      overrideAccess: false,
    })
  ).id as number
  dossierId = (
    await app.payload.create({
      collection: 'dossiers',
      data: {
        title: 'Dossier relance',
        phase: 'recovery',
        items: [{ relationTo: 'articles', value: articleId }],
        ...PUBLISH,
      },
      user: editor,
      overrideAccess: false,
    })
  ).id as number
})
afterAll(async () => {
  resetClock()
  await app.close()
})

type List = { docs: { id: number }[]; totalDocs: number }

/** Every public surface, asked anonymously: does the embargoed article show? */
const SURFACES: Record<string, (token?: string) => Promise<boolean>> = {
  'REST list': async (token) =>
    ((await (await app.request('/api/articles?limit=100', { token })).json()) as List).docs.some(
      (d) => d.id === articleId,
    ),
  'REST by id': async (token) => (await app.request(`/api/articles/${articleId}`, { token })).status === 200,
  'REST by slug': async (token) =>
    (
      (await (
        await app.request('/api/articles?where[slug][equals]=plan-de-relance-regional', { token })
      ).json()) as List
    ).totalDocs === 1,
  'REST count': async (token) =>
    ((await (await app.request('/api/articles/count', { token })).json()) as { totalDocs: number }).totalDocs === 1,
  GraphQL: async (token) => {
    const { body } = await app.graphql<{ Articles: { docs: { id: number }[] } }>('{ Articles { docs { id } } }', {
      token,
    })
    return Boolean(body.data?.Articles.docs.some((d) => d.id === articleId))
  },
  search: async (token) =>
    ((await (await app.request('/api/search?q=plan relance', { token })).json()) as List).docs.some(
      (d) => d.id === articleId,
    ),
  'relationship population': async (token) => {
    const dossier = (await (await app.request(`/api/dossiers/${dossierId}?depth=1`, { token })).json()) as {
      items: { value: unknown }[]
    }
    return dossier.items.some(
      (item) => typeof item.value === 'object' && (item.value as { id: number }).id === articleId,
    )
  },
}

describe('an embargoed published piece', () => {
  test.each(Object.keys(SURFACES))('is absent for the public from %s', async (surface) => {
    expect(await SURFACES[surface]()).toBe(false)
  })

  test.each(Object.keys(SURFACES))('is present for staff in %s', async (surface) => {
    expect(await SURFACES[surface](editorToken)).toBe(true)
  })

  test('is marked as embargoed for staff', async () => {
    const staff = (await (await app.request(`/api/articles/${articleId}`, { token: editorToken })).json()) as {
      embargoed: boolean
      embargoUntil: string
    }
    expect(staff.embargoed).toBe(true)
    expect(staff.embargoUntil).toBe(embargoUntil)
  })

  test('cannot be set or changed by a journalist', async () => {
    const token = await app.login('journalist@newsroom.test')
    const created = await app.request('/api/articles', {
      method: 'POST',
      token,
      json: { title: 'Mon embargo', format: 'news', embargoUntil },
    })
    expect(created.status).toBe(403)
    expect(JSON.stringify(await created.json())).toContain('Seuls les éditeurs peuvent poser ou modifier un embargo.')
  })

  test('a scheduled publish before the embargo ends is refused with a clear message', async () => {
    const editor = await demoUser(app.payload, 'editor')
    const { id } = await app.payload.create({
      collection: 'articles',
      data: { title: 'Programmé trop tôt', format: 'news', embargoUntil, workflowStatus: 'approved' },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    const token = await app.login('editor@newsroom.test')
    const schedule = (at: Date) =>
      app.request(`/api/articles/${id}/schedule`, { method: 'POST', token, json: { at: at.toISOString() } })
    const early = await schedule(new Date(Date.now() + HOUR))
    expect(early.status).toBe(400)
    expect(JSON.stringify(await early.json())).toContain('avant la fin de l’embargo')
    expect((await schedule(new Date(Date.now() + 3 * HOUR))).status).toBe(201)
  })

  test.each(Object.keys(SURFACES))('appears by itself in %s once the embargo has passed', async (surface) => {
    advanceClock(3 * HOUR)
    try {
      expect(await SURFACES[surface]()).toBe(true)
    } finally {
      resetClock()
    }
  })

  test('once public, its workflow and embargo fields stay internal', async () => {
    advanceClock(3 * HOUR)
    try {
      const article = (await (await app.request(`/api/articles/${articleId}`)).json()) as Record<string, unknown>
      expect(article.title).toBe('Plan de relance régional')
      for (const field of ['embargoUntil', 'embargoed', 'workflowStatus', 'reviewNote', 'createdBy'])
        expect(article[field]).toBeUndefined()
    } finally {
      resetClock()
    }
  })
})
