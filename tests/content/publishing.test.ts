import { advanceClock, now, resetClock } from '../../src/lib/clock'
import { startTestApp, type TestApp } from '../helpers/app'
import { demoUser, PUBLISH } from '../helpers/users'

let app: TestApp
beforeAll(async () => {
  app = await startTestApp('publishing', { seed: true })
})
afterAll(() => app.close())

describe('publishedAt', () => {
  test('is set on first publish and kept by later edits and republishing', async () => {
    const editor = await demoUser(app.payload, 'editor')
    const draft = await app.payload.create({
      collection: 'articles',
      data: { title: 'Date de publication' },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    expect(draft.publishedAt).toBeFalsy()
    const published = await app.payload.update({
      collection: 'articles',
      id: draft.id,
      data: { ...PUBLISH },
      user: editor,
      overrideAccess: false,
    })
    expect(published.publishedAt).toEqual(expect.any(String))
    const edited = await app.payload.update({
      collection: 'articles',
      id: draft.id,
      data: { standfirst: 'Mis à jour', ...PUBLISH },
      user: editor,
      overrideAccess: false,
    })
    expect(edited.publishedAt).toBe(published.publishedAt)
  })

  test('is the platform clock’s time of publication, not the machine’s', async () => {
    const editor = await demoUser(app.payload, 'editor')
    const draft = await app.payload.create({
      collection: 'articles',
      data: { title: 'Publié dans un mois' },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    advanceClock(30 * 86_400_000)
    try {
      const before = now().getTime()
      const published = await app.payload.update({
        collection: 'articles',
        id: draft.id,
        data: { ...PUBLISH },
        user: editor,
        overrideAccess: false,
      })
      const at = new Date(published.publishedAt as string).getTime()
      expect(at).toBeGreaterThanOrEqual(before)
      expect(at).toBeLessThanOrEqual(now().getTime())
    } finally {
      resetClock()
    }
  })
})

describe('scheduled publishing', () => {
  test('the queued job publishes the draft when due, and the public then sees it', async () => {
    const editor = await demoUser(app.payload, 'editor')
    const { id } = await app.payload.create({
      collection: 'articles',
      data: { title: 'Annonce programmée', workflowStatus: 'approved' },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    const job = await app.payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'articles', value: id },
        user: { relationTo: 'users', value: editor.id },
      },
      waitUntil: new Date(Date.now() + 3_600_000),
    })

    await app.payload.jobs.run()
    expect((await app.request(`/api/articles/${id}`)).status).toBe(404)

    // The clock moves on: the job becomes due.
    await app.payload.update({
      collection: 'payload-jobs',
      id: job.id,
      data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
      overrideAccess: true,
    })
    await app.payload.jobs.run()

    const response = await app.request(`/api/articles/${id}`)
    expect(response.status).toBe(200)
    const article = (await response.json()) as { _status: string; publishedAt: string }
    expect(article._status).toBe('published')
    expect(article.publishedAt).toEqual(expect.any(String))
    const search = (await (await app.request('/api/search?q=annonce programmee')).json()) as { docs: { id: unknown }[] }
    expect(search.docs.map((d) => d.id)).toEqual([id])
  })
})

describe('localisation', () => {
  test('French is the default; English falls back to French field by field until translated', async () => {
    const editor = await demoUser(app.payload, 'editor')
    const { id } = await app.payload.create({
      collection: 'articles',
      data: { title: 'Le prêt garanti par l’État', standfirst: 'Ce qu’il faut savoir', format: 'guide', ...PUBLISH },
      user: editor,
      overrideAccess: false,
    })
    await app.payload.update({
      collection: 'articles',
      id,
      locale: 'en',
      data: { title: 'The state-guaranteed loan' },
      user: editor,
      overrideAccess: false,
    })

    const fr = (await (await app.request(`/api/articles/${id}`)).json()) as { title: string; standfirst: string }
    expect(fr).toMatchObject({ title: 'Le prêt garanti par l’État', standfirst: 'Ce qu’il faut savoir' })

    const en = (await (await app.request(`/api/articles/${id}?locale=en`)).json()) as {
      title: string
      standfirst: string
    }
    expect(en).toMatchObject({ title: 'The state-guaranteed loan', standfirst: 'Ce qu’il faut savoir' })

    const { body } = await app.graphql<{ Article: { title: string } }>(
      `{ Article(id: ${JSON.stringify(id)}, locale: en) { title } }`,
    )
    expect(body.data?.Article.title).toBe('The state-guaranteed loan')

    const noFallback = (await (await app.request(`/api/articles/${id}?locale=en&fallback-locale=none`)).json()) as {
      standfirst?: string | null
    }
    expect(noFallback.standfirst ?? null).toBeNull()
  })
})

describe('sponsored content', () => {
  test('is labelled in every answer: REST list and document, GraphQL; others are not', async () => {
    const editor = await demoUser(app.payload, 'editor')
    const sponsor = await app.payload.create({
      collection: 'partners',
      data: { name: 'Banque Exemple', kind: 'sponsor' },
      user: editor,
      overrideAccess: false,
    })
    const sponsored = await app.payload.create({
      collection: 'articles',
      data: { title: 'Financer sa relance', format: 'news', sponsor: sponsor.id, ...PUBLISH },
      user: editor,
      overrideAccess: false,
    })
    const plain = await app.payload.create({
      collection: 'articles',
      data: { title: 'Sans sponsor', format: 'news', ...PUBLISH },
      user: editor,
      overrideAccess: false,
    })

    const one = (await (await app.request(`/api/articles/${sponsored.id}?depth=0`)).json()) as { sponsored: boolean }
    expect(one.sponsored).toBe(true)
    const list = (await (await app.request('/api/articles?limit=100&depth=1')).json()) as {
      docs: { id: unknown; sponsored: boolean }[]
    }
    expect(list.docs.find((d) => d.id === sponsored.id)?.sponsored).toBe(true)
    expect(list.docs.find((d) => d.id === plain.id)?.sponsored).toBe(false)
    const selected = (await (await app.request(`/api/articles/${sponsored.id}?select[title]=true`)).json()) as {
      sponsored?: boolean
    }
    expect(selected.sponsored).toBe(true)
    const { body } = await app.graphql<{ Article: { sponsored: boolean } }>(
      `{ Article(id: ${JSON.stringify(sponsored.id)}) { sponsored } }`,
    )
    expect(body.data?.Article.sponsored).toBe(true)
  })
})

describe('authors', () => {
  test('the public gets a byline with names, never the accounts', async () => {
    const editor = await demoUser(app.payload, 'editor')
    const journalist = await demoUser(app.payload, 'journalist')
    const { id } = await app.payload.create({
      collection: 'articles',
      data: { title: 'Signé', format: 'interview', authors: [journalist.id, editor.id], ...PUBLISH },
      user: editor,
      overrideAccess: false,
    })
    const text = await (await app.request(`/api/articles/${id}?depth=1`)).text()
    const article = JSON.parse(text) as { byline: { name: string }[] }
    expect(article.byline.map((b) => b.name)).toEqual([journalist.name, editor.name])
    expect(text).not.toContain('@newsroom.test')
  })
})
