import { slugify } from '../../src/lib/text'
import { startTestApp, type TestApp } from '../helpers/app'

let app: TestApp
let token: string
beforeAll(async () => {
  app = await startTestApp('slugs', { seed: true })
  token = await app.login('editor@newsroom.test')
})
afterAll(() => app.close())

type ErrorBody = { errors: { message: string; data?: { errors?: { path: string; message: string }[] } }[] }

describe('slugify', () => {
  test.each([
    ['Économie durable : les aides', 'economie-durable-les-aides'],
    ["Prêt garanti par l'État (PGE)", 'pret-garanti-par-l-etat-pge'],
    ['  Cœur de ville — Œuvre   ', 'coeur-de-ville-oeuvre'],
    ['Ça déménage à Besançon !', 'ca-demenage-a-besancon'],
    ['100 % solidaires', '100-solidaires'],
  ])('%p → %p', (title, slug) => {
    expect(slugify(title)).toBe(slug)
  })

  test('stays within 96 characters and never ends with a dash', () => {
    const slug = slugify('Très long titre '.repeat(20))
    expect(slug.length).toBeLessThanOrEqual(96)
    expect(slug).not.toMatch(/-$/)
  })
})

describe('slugs on documents', () => {
  const post = (collection: string, data: Record<string, unknown>) =>
    app.request(`/api/${collection}`, { method: 'POST', token, json: data })

  test('is generated from the title with accents folded', async () => {
    const response = await post('articles', { title: 'Économie durable : les aides' })
    expect(response.status).toBe(201)
    expect(((await response.json()) as { doc: { slug: string } }).doc.slug).toBe('economie-durable-les-aides')
  })

  test('is generated from the company name for success stories and the question for FAQ', async () => {
    const story = (await (await post('success-stories', { companyName: 'Boulangerie Héraud & Fils' })).json()) as {
      doc: { slug: string }
    }
    expect(story.doc.slug).toBe('boulangerie-heraud-fils')
    const faq = (await (await post('faqs', { question: 'Qui peut demander le PGE ?' })).json()) as {
      doc: { slug: string }
    }
    expect(faq.doc.slug).toBe('qui-peut-demander-le-pge')
  })

  test('can be edited, and what is typed is folded too', async () => {
    const created = (await (await post('articles', { title: 'Un titre' })).json()) as { doc: { id: number } }
    const response = await app.request(`/api/articles/${created.doc.id}`, {
      method: 'PATCH',
      token,
      json: { slug: 'Mon Adresse Éditée' },
    })
    expect(response.status).toBe(200)
    expect(((await response.json()) as { doc: { slug: string } }).doc.slug).toBe('mon-adresse-editee')
  })

  test('renaming a document through a partial update keeps its slug; clearing the slug regenerates it', async () => {
    const created = (await (await post('articles', { title: 'Premier titre' })).json()) as { doc: { id: number } }
    const renamed = await app.request(`/api/articles/${created.doc.id}`, {
      method: 'PATCH',
      token,
      json: { title: 'Second titre' },
    })
    expect(((await renamed.json()) as { doc: { slug: string } }).doc.slug).toBe('premier-titre')
    const cleared = await app.request(`/api/articles/${created.doc.id}`, { method: 'PATCH', token, json: { slug: '' } })
    expect(((await cleared.json()) as { doc: { slug: string } }).doc.slug).toBe('second-titre')
  })

  test('a duplicate in the same collection is a 400 naming the slug, and nothing is created', async () => {
    await post('articles', { title: 'Activité partielle : mode d’emploi' })
    const before = await app.payload.count({ collection: 'articles', overrideAccess: true })
    const response = await post('articles', { title: 'Activité partielle : mode d’emploi' })
    expect(response.status).toBe(400)
    const body = (await response.json()) as ErrorBody
    expect(body.errors[0].data?.errors).toEqual([
      expect.objectContaining({
        path: 'slug',
        message: expect.stringContaining('« activite-partielle-mode-d-emploi » est déjà utilisé'),
      }),
    ])
    expect(await app.payload.count({ collection: 'articles', overrideAccess: true })).toEqual(before)
  })

  test('a duplicate made by editing another document is refused too', async () => {
    await post('events', {
      title: 'Webinaire export',
      startsAt: '2030-01-01T10:00:00Z',
      endsAt: '2030-01-01T11:00:00Z',
    })
    const other = (await (
      await post('events', {
        title: 'Autre webinaire',
        startsAt: '2030-01-02T10:00:00Z',
        endsAt: '2030-01-02T11:00:00Z',
      })
    ).json()) as { doc: { id: number } }
    const response = await app.request(`/api/events/${other.doc.id}`, {
      method: 'PATCH',
      token,
      json: { slug: 'webinaire-export' },
    })
    expect(response.status).toBe(400)
  })

  test('the same slug may exist in two different collections', async () => {
    expect(
      (await post('guides', { title: 'Le fonds de solidarité', reviewDueAt: '2030-01-01T00:00:00Z' })).status,
    ).toBe(201)
    expect((await post('articles', { title: 'Le fonds de solidarité' })).status).toBe(201)
  })
})
