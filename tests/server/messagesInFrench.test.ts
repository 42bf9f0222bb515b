import { startTestApp, type TestApp } from '../helpers/app'
import { newSecret } from '../helpers/distribution'

/**
 * Every message our code sends goes through Payload's i18n: French when the client asks for no
 * language, English when it asks for it. One representative refusal per area, over REST.
 */
let app: TestApp
const tokens: Record<string, string> = {}
beforeAll(async () => {
  app = await startTestApp('messagesfr', { seed: true })
  for (const role of ['admin', 'journalist']) tokens[role] = await app.login(`${role}@newsroom.test`)
}, 120_000)
afterAll(() => app.close())

type ErrorBody = { errors: { message: string; data?: { errors?: { path: string; message: string }[] } }[] }
type Ask = { path: string; method?: string; token?: string; json?: unknown }

/** The status and the first message (a field's message when the refusal names fields), in one language. */
async function refusal({ path, method = 'GET', token, json }: Ask, language?: string) {
  const headers: Record<string, string> = language ? { 'accept-language': language } : {}
  const response = await app.request(path, { method, token, json, headers })
  const body = (await response.json()) as ErrorBody
  return { status: response.status, message: body.errors[0].data?.errors?.[0]?.message ?? body.errors[0].message }
}

const both = async (ask: Ask) => ({ fr: await refusal(ask), en: await refusal(ask, 'en') })

describe('messages in the language of the request, French by default', () => {
  test('planning: the calendar refuses an anonymous reader', async () => {
    expect(await both({ path: '/api/calendar?from=2026-12-01&to=2026-12-08' })).toEqual({
      fr: { status: 401, message: 'Connectez-vous pour voir le calendrier.' },
      en: { status: 401, message: 'Sign in to see the calendar.' },
    })
  })

  test('subjects: a journalist may not assign a subject', async () => {
    const ask = {
      path: '/api/subjects',
      method: 'POST',
      token: tokens.journalist,
      json: { title: 'Pour moi', source: 'newsroom-idea', dueDate: '2030-01-01T00:00:00.000Z' },
    }
    expect(await both(ask)).toEqual({
      fr: { status: 403, message: 'Seuls les éditeurs attribuent les sujets et fixent leurs échéances.' },
      en: { status: 403, message: 'Only editors assign subjects and set their due dates.' },
    })
  })

  test('records: a short password names the field, counted in the request’s language', async () => {
    const ask = {
      path: '/api/users',
      method: 'POST',
      token: tokens.admin,
      json: { email: 'court@newsroom.test', name: 'Court', roles: ['journalist'], password: 'onzecaracts' },
    }
    expect(await both(ask)).toEqual({
      fr: { status: 400, message: 'Le mot de passe doit compter au moins 12 caractères (il en a 11).' },
      en: { status: 400, message: 'The password must be at least 12 characters long (it has 11).' },
    })
  })

  test('distribution: retrying a delivery needs a signed-in user', async () => {
    expect(await both({ path: '/api/deliveries/1/retry', method: 'POST' })).toEqual({
      fr: { status: 401, message: 'Connectez-vous pour relancer des envois.' },
      en: { status: 401, message: 'Sign in to retry deliveries.' },
    })
  })

  test('site paths: nothing published at an unknown path', async () => {
    expect(await both({ path: '/api/resolve?path=/articles/nulle-part' })).toEqual({
      fr: { status: 404, message: 'Rien n’est publié à l’adresse /articles/nulle-part.' },
      en: { status: 404, message: 'Nothing is published at /articles/nulle-part.' },
    })
  })

  test('destinations: an address inside our own network is refused, saying why', async () => {
    const ask = {
      path: '/api/destinations',
      method: 'POST',
      token: tokens.admin,
      json: { name: 'Interne', kind: 'site-webhook', url: 'http://127.0.0.1:5432/', secret: newSecret() },
    }
    const { fr, en } = await both(ask)
    expect([fr.status, en.status]).toEqual([400, 400])
    expect(fr.message).toContain('127.0.0.1 est une adresse locale ou privée')
    expect(en.message).toContain('127.0.0.1 is a loopback/private address')
  })

  test('request shapes: a list page out of range', async () => {
    expect(await both({ path: '/api/articles?page=0' })).toEqual({
      fr: { status: 400, message: '« page » doit être un nombre entier de 1 à 1000000 (reçu : « 0 »).' },
      en: { status: 400, message: '"page" must be a whole number from 1 to 1000000 (got "0").' },
    })
  })

  test('HTTP layer: an address the server does not serve', async () => {
    expect(await both({ path: '/nulle-part' })).toEqual({
      fr: { status: 404, message: 'Rien à l’adresse /nulle-part.' },
      en: { status: 404, message: 'Nothing at /nulle-part.' },
    })
  })
})
