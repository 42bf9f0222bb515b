import { startTestApp, type TestApp } from '../helpers/app'

let app: TestApp
const tokens: Record<string, string> = {}
let article: number
beforeAll(async () => {
  app = await startTestApp('refusallanguage', { seed: 'content' })
  for (const role of ['editor', 'journalist', 'community']) tokens[role] = await app.login(`${role}@newsroom.test`)
  const created = await app.request('/api/articles', {
    method: 'POST',
    token: tokens.journalist,
    json: { title: 'À relire', format: 'news' },
  })
  article = ((await created.json()) as { doc: { id: number } }).doc.id
}, 120_000)
afterAll(() => app.close())

type Headers = Record<string, string>
const refusalOf = async (token: string | undefined, data: Record<string, unknown>, headers: Headers) => {
  const response = await app.request(`/api/articles/${article}?draft=true`, {
    method: 'PATCH',
    token,
    json: data,
    headers,
  })
  return {
    status: response.status,
    message: ((await response.json()) as { errors: { message: string }[] }).errors[0].message,
  }
}

describe('refusals speak the language of the request', () => {
  test('the community manager’s field rule, in French and in English', async () => {
    expect(
      await refusalOf(tokens.community, { title: 'Autre titre' }, { 'accept-language': 'fr-FR,fr;q=0.9' }),
    ).toEqual({
      status: 403,
      message:
        'Vous ne pouvez modifier que les textes pour les réseaux sociaux et les réglages de diffusion, pas : title.',
    })
    expect(
      await refusalOf(tokens.community, { title: 'Autre titre' }, { 'accept-language': 'en-US,en;q=0.9' }),
    ).toEqual({
      status: 403,
      message: 'You may change only the social copy and distribution settings, not: title.',
    })
  })

  test('a workflow move refused, with the statuses as the admin names them', async () => {
    expect(await refusalOf(tokens.journalist, { workflowStatus: 'approved' }, { 'accept-language': 'fr' })).toEqual({
      status: 403,
      message:
        'Vous ne pouvez pas faire passer ce document de « Brouillon » à « Validé ». ' +
        'Depuis « Brouillon », vous pouvez le faire passer à : En relecture.',
    })
    expect(await refusalOf(tokens.journalist, { workflowStatus: 'approved' }, { 'accept-language': 'en' })).toEqual({
      status: 403,
      message: 'You may not move this document from "Draft" to "Approved". From "Draft" you may move it to: In review.',
    })
  })

  test('publishing an unapproved piece, and the embargo rule', async () => {
    const publish = await refusalOf(tokens.editor, { _status: 'published' }, { 'accept-language': 'fr' })
    expect(publish).toEqual({
      status: 400,
      message:
        'Seuls les contenus validés peuvent être publiés ; celui-ci est « Brouillon ». ' +
        'Un éditeur doit d’abord le valider.',
    })
    const embargo = await refusalOf(
      tokens.journalist,
      { embargoUntil: '2031-01-01T00:00:00.000Z' },
      { 'accept-language': 'en' },
    )
    expect(embargo).toEqual({ status: 403, message: 'Only editors can set or change an embargo.' })
  })

  test('French when the language asked for is not one the admin speaks', async () => {
    const { message } = await refusalOf(tokens.community, { title: 'Autre titre' }, { 'accept-language': 'de-DE' })
    expect(message).toContain('Vous ne pouvez modifier que')
  })

  test('the admin’s own requests (session cookie) speak French unless the user chose English', async () => {
    const session = {
      cookie: `payload-token=${tokens.community}`,
      'sec-fetch-site': 'same-origin',
      'accept-language': 'en-US,en;q=0.9',
    }
    expect((await refusalOf(undefined, { title: 'Autre titre' }, session)).message).toContain(
      'Vous ne pouvez modifier que',
    )
    const english = { ...session, cookie: `${session.cookie}; payload-lng=en` }
    expect((await refusalOf(undefined, { title: 'Autre titre' }, english)).message).toContain('You may change only')
  })
})
