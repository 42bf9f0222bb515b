import { Validator } from '@seriousme/openapi-schema-validator'

import { translations } from '../../src/i18n/translations'
import { startTestApp, type TestApp } from '../helpers/app'

type Doc = {
  openapi: string
  paths: Record<string, Record<string, { operationId: string; summary: string; parameters?: { name: string }[] }>>
  components: { schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }> }
}

let app: TestApp
let doc: Doc

beforeAll(async () => {
  app = await startTestApp('openapi')
  const response = await app.request('/api/openapi.json')
  expect(response.status).toBe(200)
  doc = (await response.json()) as Doc
})
afterAll(() => app.close())

const COLLECTIONS = [
  'articles',
  'success-stories',
  'initiatives',
  'faqs',
  'guides',
  'events',
  'dossiers',
  'topics',
  'chambers',
  'partners',
  'media',
  'users',
  'audit-log',
]

describe('GET /api/openapi.json', () => {
  test('every message a schema names for its refusals (`x-message`) exists in French and in English', () => {
    const keys: string[] = []
    const walk = (node: unknown): void => {
      if (!node || typeof node !== 'object') return
      const messages = (node as { 'x-message'?: string | Record<string, string> })['x-message']
      if (messages) keys.push(...(typeof messages === 'string' ? [messages] : Object.values(messages)))
      Object.values(node).forEach(walk)
    }
    walk(doc)
    expect(keys.length).toBeGreaterThan(20)
    const known = (language: 'fr' | 'en') => Object.keys(translations[language].newsroom)
    expect([...new Set(keys)].filter((key) => !known('fr').includes(key) || !known('en').includes(key))).toEqual([])
  })

  test('is a valid OpenAPI 3.1 document whose references all resolve', async () => {
    const validator = new Validator()
    const result = await validator.validate(structuredClone(doc) as never)
    expect(result.errors).toBeUndefined()
    expect(result.valid).toBe(true)
    expect(validator.version).toBe('3.1')
    expect(() => validator.resolveRefs()).not.toThrow()
    const refs = new Set<string>()
    JSON.stringify(doc, (key, value) => (key === '$ref' ? (refs.add(value), value) : value))
    for (const ref of refs)
      expect(
        ref
          .replace('#/components/', '')
          .split('/')
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], doc.components),
      ).toBeDefined()
  })

  test.each(COLLECTIONS)('describes list, get, create, update and delete of %s', (slug) => {
    expect(Object.keys(doc.paths[`/api/${slug}`])).toEqual(expect.arrayContaining(['get', 'post']))
    expect(Object.keys(doc.paths[`/api/${slug}/{id}`])).toEqual(expect.arrayContaining(['get', 'patch', 'delete']))
  })

  test('gives each collection’s fields as JSON Schema, generated from the config', () => {
    const article = doc.components.schemas.articles
    expect(Object.keys(article.properties!)).toEqual(
      expect.arrayContaining([
        'title',
        'standfirst',
        'format',
        'heroImage',
        'topics',
        'audiences',
        'slug',
        'publishedAt',
        '_status',
      ]),
    )
    expect(article.required).toEqual(expect.arrayContaining(['id', 'title', 'format']))
    expect(article.properties!.format).toMatchObject({
      enum: ['decryptage', 'news', 'interview', 'guide', 'chronicle'],
    })
    expect(doc.components.schemas['articles.input'].required).toEqual([])
    expect(doc.components.schemas.chambers.properties!.latitude).toBeDefined()
  })

  test('never documents password hashes or reset tokens; sessions are an answer, never an input', () => {
    const users = JSON.stringify(doc.components.schemas.users)
    for (const secret of ['salt', 'hash', 'resetPasswordToken', 'resetPasswordExpiration', 'lockUntil'])
      expect(users).not.toContain(`"${secret}"`)
    expect(doc.components.schemas.users.properties!.sessions).toMatchObject({ readOnly: true })
    expect(doc.components.schemas.users.properties!.password).toMatchObject({ writeOnly: true })
  })

  test.each([
    ['get', '/api/chambers/geojson'],
    ['get', '/api/chambers/nearest'],
    ['get', '/api/guides/overdue'],
    ['get', '/api/search'],
    ['post', '/api/articles/{id}/schedule'],
    ['post', '/api/events/{id}/schedule'],
    ['get', '/api/feed'],
    ['get', '/api/resolve'],
    ['get', '/api/openapi.json'],
    ['get', '/api/docs'],
    ['post', '/api/graphql'],
    ['get', '/feeds/{type}.xml'],
    ['get', '/feeds/topics/{slug}.atom'],
    ['post', '/api/users/login'],
  ])('describes %s %s', (method, path) => {
    expect(doc.paths[path]?.[method]?.summary).toEqual(expect.any(String))
  })

  test('the search endpoint replaces the generic list of the index, with its own parameters', () => {
    expect(doc.paths['/api/search'].get.parameters!.map((p) => p.name)).toEqual(['q', 'limit', 'page', 'locale'])
  })

  test('operation ids are unique', () => {
    const ids = Object.values(doc.paths).flatMap((item) => Object.values(item).map((op) => op.operationId))
    expect(new Set(ids).size).toBe(ids.length)
  })
})

describe('GET /api/docs', () => {
  test('is Swagger UI from its npm package, served by this server, loading the document from this server', async () => {
    const response = await app.request('/api/docs')
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    const html = await response.text()
    // Nothing from elsewhere: the page works offline.
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//)
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1])
    expect(assets).toEqual(
      expect.arrayContaining(['/api/docs/swagger-ui-bundle.js', '/api/docs/swagger-ui.css', '/api/docs/init.js']),
    )
    for (const asset of assets) expect([asset, (await app.request(asset)).status]).toEqual([asset, 200])
    const bundle = await app.request('/api/docs/swagger-ui-bundle.js')
    expect(bundle.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await bundle.text()).toContain('SwaggerUIBundle')
    expect(await (await app.request('/api/docs/init.js')).text()).toContain('"/api/openapi.json"')
    // Not one of the published assets: the edge refuses the path parameter, nothing of the package is read.
    expect((await app.request('/api/docs/package.json')).status).toBe(400)
  })
})
