import { advanceClock, resetClock } from '../../src/lib/clock'
import { startTestApp, type TestApp } from '../helpers/app'
import { frontendFixtures } from './fixtures'

type Resolved = {
  type: string
  path: string
  doc: { id: unknown; title?: string; question?: string; heroImage?: unknown }
}

let app: TestApp
let fx: Awaited<ReturnType<typeof frontendFixtures>>
let editorToken: string

beforeAll(async () => {
  app = await startTestApp('resolve', { seed: true })
  fx = await frontendFixtures(app.payload)
  editorToken = await app.login('editor@newsroom.test')
})
afterAll(() => {
  resetClock()
  return app.close()
})

const resolve = (path: string, init: { token?: string } = {}) =>
  app.request(`/api/resolve?path=${encodeURIComponent(path)}`, init)

describe('GET /api/resolve', () => {
  test('gives the published piece at a site path, populated one level deep', async () => {
    const response = await resolve('/articles/article-relance')
    expect(response.status).toBe(200)
    const body = (await response.json()) as Resolved
    expect(body).toMatchObject({
      type: 'articles',
      path: '/articles/article-relance',
      doc: { id: fx.pieces.article.id, title: 'Article Relance' },
    })
    expect(body.doc.heroImage).toMatchObject({ alt: 'Une vitrine' })
  })

  test('uses the site path scheme of every type', async () => {
    for (const [name, path] of Object.entries({
      faq: '/faq/',
      story: '/success-stories/',
      dossier: '/dossiers/',
      event: '/events/',
    })) {
      const piece = (fx.pieces as Record<string, { id: unknown; slug: string }>)[name]
      const body = (await (await resolve(`${path}${piece.slug}`)).json()) as Resolved
      expect(body.doc.id).toBe(piece.id)
    }
  })

  test('answers in the requested locale', async () => {
    const body = (await (await app.request('/api/resolve?path=/articles/article-relance&locale=en')).json()) as Resolved
    expect(body.doc.title).toBe('Recovery plan')
  })

  test('answers 404 for a draft, an embargoed piece, an unknown slug or a path outside the scheme', async () => {
    for (const path of [
      '/articles/article-brouillon',
      '/articles/article-embargo',
      '/articles/nothing-here',
      '/users/1',
      '/faqs/x',
    ]) {
      const response = await resolve(path)
      expect(response.status).toBe(404)
      expect(((await response.json()) as { errors: { message: string }[] }).errors[0].message).toContain(path)
    }
  })

  test('staff resolve with their own access: the embargoed piece, and the draft with draft=true', async () => {
    expect((await resolve('/articles/article-embargo', { token: editorToken })).status).toBe(200)
    const draft = await app.request('/api/resolve?path=/articles/article-brouillon&draft=true', { token: editorToken })
    expect(draft.status).toBe(200)
    expect((await app.request('/api/resolve?path=/articles/article-brouillon&draft=true')).status).toBe(404)
  })

  test('finds the embargoed piece by itself once the embargo has passed', async () => {
    advanceClock(2 * 86_400_000)
    try {
      expect((await resolve('/articles/article-embargo')).status).toBe(200)
    } finally {
      resetClock()
    }
    expect((await resolve('/articles/article-embargo')).status).toBe(404)
  })

  test.each([
    ['', '« path » est obligatoire'],
    ['?path=articles/x', '« path » est obligatoire'],
    ['?path=/articles/x&depth=9', '« depth » doit être un nombre entier de 0 à 3'],
  ])('answers 400 for %s', async (query, message) => {
    const response = await app.request(`/api/resolve${query}`)
    expect(response.status).toBe(400)
    expect(((await response.json()) as { errors: { message: string }[] }).errors[0].message).toContain(message)
  })
})
