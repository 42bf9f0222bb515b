import type { TestApp } from '../helpers/app'

export const RATE_LIMIT_ENV = {
  TRUST_PROXY: 'true',
  RATE_LIMIT_API_PER_MINUTE: '5',
  RATE_LIMIT_LOGIN_PER_MINUTE: '2',
  RATE_LIMIT_POST_PER_MINUTE: '3',
}

type Errors = { errors: { message: string }[] }

/** The rate-limit behaviour, whatever keeps the counters; each test comes from its own address. */
export function rateLimitCases(app: () => TestApp) {
  let address = 0
  const from = () => ({ 'x-forwarded-for': `10.1.${Math.floor(address / 250)}.${(address++ % 250) + 1}` })

  async function expectLimited(response: Response, message: RegExp) {
    expect(response.status).toBe(429)
    const retryAfter = Number(response.headers.get('retry-after'))
    expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60).toBe(true)
    expect(response.headers.get('ratelimit-remaining')).toBe('0')
    expect(((await response.json()) as Errors).errors[0].message).toMatch(message)
  }

  test('anonymous reads: the limit, then 429 with Retry-After', async () => {
    const headers = from()
    for (let i = 1; i <= 5; i++) {
      const response = await app().request('/api/articles', { headers })
      expect(response.status).toBe(200)
      expect(response.headers.get('ratelimit-limit')).toBe('5')
      expect(response.headers.get('ratelimit-remaining')).toBe(String(5 - i))
    }
    await expectLimited(
      await app().request('/api/articles', { headers }),
      /^Trop de requêtes depuis cette adresse : au plus 5 par minute\. Réessayez dans \d+ s\.$/,
    )
    // Counted per address: another reader is not affected.
    expect((await app().request('/api/articles', { headers: from() })).status).toBe(200)
  })

  test('feeds, cached answers and GraphQL queries count as reads', async () => {
    const headers = from()
    await app().request('/feeds/all.xml', { headers })
    await app().request('/api/feed', { headers })
    await app().request('/api/feed', { headers })
    await app().request('/api/graphql', { method: 'POST', headers, json: { query: '{ Articles { docs { id } } }' } })
    expect((await app().request('/api/openapi.json', { headers })).status).toBe(200)
    expect((await app().request('/api/feed', { headers })).status).toBe(429)
  })

  test('signed-in staff are not limited; a forged token is', async () => {
    const token = await app().login('editor@newsroom.test')
    const headers = from()
    for (let i = 0; i < 8; i++) expect((await app().request('/api/articles', { headers, token })).status).toBe(200)
    const forged = `${token.slice(0, -4)}AAAA`
    const other = from()
    for (let i = 0; i < 5; i++) await app().request('/api/articles', { headers: other, token: forged })
    expect((await app().request('/api/articles', { headers: other, token: forged })).status).toBe(429)
  })

  test('sign-in attempts have their own, tighter limit, REST and GraphQL alike, right password or not', async () => {
    const headers = from()
    const login = (password: string) =>
      app().request('/api/users/login', { method: 'POST', headers, json: { email: 'editor@newsroom.test', password } })
    expect((await login('wrong-password-123')).status).toBe(401)
    const mutation = 'mutation { loginUser(email: "editor@newsroom.test", password: "wrong-password-123") { token } }'
    expect((await app().request('/api/graphql', { method: 'POST', headers, json: { query: mutation } })).status).toBe(
      200,
    )
    await expectLimited(
      await login('newsroom-demo-2026'),
      /^Trop de tentatives de connexion depuis cette adresse : au plus 2 par minute/,
    )
    // Reading is still allowed from that address.
    expect((await app().request('/api/articles', { headers })).status).toBe(200)
  })

  test('other anonymous submissions have their own limit', async () => {
    const headers = from()
    for (let i = 0; i < 3; i++)
      expect((await app().request('/api/articles', { method: 'POST', headers, json: { title: 'Spam' } })).status).toBe(
        403,
      )
    await expectLimited(
      await app().request('/api/articles', { method: 'POST', headers, json: { title: 'Spam' } }),
      /^Trop d’envois/,
    )
  })

  test('health probes and preflights are never limited', async () => {
    const headers = from()
    for (let i = 0; i < 8; i++) {
      expect((await app().request('/healthz', { headers })).status).toBe(200)
      expect(
        (
          await app().request('/api/articles', {
            method: 'OPTIONS',
            headers: { ...headers, origin: 'https://x.example', 'access-control-request-method': 'GET' },
          })
        ).status,
      ).toBe(204)
    }
  })
}
