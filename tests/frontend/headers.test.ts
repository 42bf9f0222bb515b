import { csrfOrigins, parseCorsOrigins } from '../../src/lib/corsOrigins'
import { startTestApp, type TestApp } from '../helpers/app'

const FRONT = 'https://www.newsroom.example'
const APP = 'https://app.newsroom.example:8443'
const EVIL = 'https://evil.example'

let app: TestApp
let token: string

beforeAll(async () => {
  app = await startTestApp('headers', { seed: true, env: { CORS_ORIGINS: `${FRONT}, ${APP}` } })
  token = await app.login('editor@newsroom.test')
})
afterAll(() => app.close())

describe('security headers', () => {
  test.each([
    '/healthz',
    '/readyz',
    '/api/articles',
    '/api/articles?draft=true',
    '/api/nothing-here',
    '/feeds/all.xml',
    '/feeds/none.xml',
    '/api/docs',
    '/anything-else',
  ])('on %s', async (path) => {
    const response = await app.request(path)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'self'")
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
  })

  test('also on answers served from the cache and on refusals', async () => {
    await app.request('/api/feed')
    const cached = await app.request('/api/feed')
    expect(cached.headers.get('x-cache')).toBe('HIT')
    expect(cached.headers.get('x-content-type-options')).toBe('nosniff')
    const refused = await app.request('/api/users/login', {
      method: 'POST',
      json: { email: 'nobody@newsroom.test', password: 'wrong-password-123' },
    })
    expect(refused.status).toBe(401)
    expect(refused.headers.get('content-security-policy')).toContain("frame-ancestors 'self'")
  })
})

describe('CORS allow-list', () => {
  test.each([FRONT, APP])('%s may read, with credentials, and sees the validators', async (origin) => {
    const response = await app.request('/api/articles', { headers: { origin } })
    expect(response.headers.get('access-control-allow-origin')).toBe(origin)
    expect(response.headers.get('access-control-allow-credentials')).toBe('true')
    expect(response.headers.get('access-control-expose-headers')).toContain('ETag')
    expect(response.headers.get('vary')).toContain('Origin')
  })

  test('another origin gets no CORS headers', async () => {
    const response = await app.request('/api/articles', { headers: { origin: EVIL } })
    expect(response.status).toBe(200)
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
  })

  test('a cached answer carries the CORS headers of the origin asking now, not of the first one', async () => {
    await app.request('/api/feed?limit=3', { headers: { origin: FRONT } })
    const second = await app.request('/api/feed?limit=3', { headers: { origin: APP } })
    expect(second.headers.get('x-cache')).toBe('HIT')
    expect(second.headers.get('access-control-allow-origin')).toBe(APP)
    const third = await app.request('/api/feed?limit=3', { headers: { origin: EVIL } })
    expect(third.headers.get('access-control-allow-origin')).toBeNull()
  })

  test('preflight: allowed origins get the methods and headers, others an empty answer', async () => {
    const preflight = (origin: string) =>
      app.request('/api/articles', {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'PATCH',
          'access-control-request-headers': 'authorization, content-type',
        },
      })
    const allowed = await preflight(FRONT)
    expect(allowed.status).toBe(204)
    expect(allowed.headers.get('access-control-allow-methods')).toContain('PATCH')
    expect(allowed.headers.get('access-control-allow-headers')).toMatch(
      /Authorization.*Content-Type|Content-Type.*Authorization/,
    )
    const refused = await preflight(EVIL)
    expect(refused.status).toBe(204)
    expect(refused.headers.get('access-control-allow-origin')).toBeNull()
    expect(refused.headers.get('access-control-allow-methods')).toBeNull()
  })

  test('the feeds are readable cross-origin too', async () => {
    expect(
      (await app.request('/feeds/articles.atom', { headers: { origin: FRONT } })).headers.get(
        'access-control-allow-origin',
      ),
    ).toBe(FRONT)
  })

  test('a session cookie only counts when sent from an allowed origin (Payload’s CSRF list)', async () => {
    const me = async (origin: string) =>
      (
        (await (
          await app.request('/api/users/me', { headers: { origin, cookie: `payload-token=${token}` } })
        ).json()) as { user: { email: string } | null }
      ).user
    expect((await me(FRONT))?.email).toBe('editor@newsroom.test')
    expect(await me(EVIL)).toBeNull()
  })
})

describe('CORS_ORIGINS', () => {
  test('is a comma-separated list of origins, or *', () => {
    expect(parseCorsOrigins(undefined)).toEqual([])
    expect(parseCorsOrigins('*')).toBe('*')
    expect(parseCorsOrigins(' https://a.example , http://localhost:3001/')).toEqual([
      'https://a.example',
      'http://localhost:3001',
    ])
  })

  test.each(['a.example', 'https://a.example/path', 'ftp://a.example'])('refuses %s, naming it', (value) => {
    expect(() => parseCorsOrigins(value)).toThrow(`"${value}"`)
  })
})

describe('the CSRF list (origins whose pages may use the session cookie)', () => {
  const env = (values: Record<string, string>) => values as NodeJS.ProcessEnv
  test('always holds the platform’s own origins, so Payload’s origin check is never off', () => {
    expect(csrfOrigins([], env({}))).toEqual(['http://localhost:3000', 'http://127.0.0.1:3000', 'http://[::1]:3000'])
    expect(csrfOrigins('*', env({ PORT: '4000' }))).toEqual([
      'http://localhost:4000',
      'http://127.0.0.1:4000',
      'http://[::1]:4000',
    ])
    expect(
      csrfOrigins('*', env({ SERVER_URL: 'https://cms.example.fr/', SITE_URL: 'https://www.example.fr' })),
    ).toEqual(['https://cms.example.fr', 'https://www.example.fr'])
  })

  test('adds the front-ends of CORS_ORIGINS, once each', () => {
    expect(
      csrfOrigins(['https://cms.example.fr', 'https://app.example.fr'], env({ SERVER_URL: 'https://cms.example.fr' })),
    ).toEqual(['https://cms.example.fr', 'https://app.example.fr'])
  })
})
