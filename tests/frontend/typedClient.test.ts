import { execFile } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import openapiTS, { astToString } from 'openapi-typescript'

import { DEMO_PASSWORD, startTestApp, type TestApp } from '../helpers/app'

const EXAMPLE = path.resolve('examples/front-end')

type Article = { id: number; title: string }
type ExampleClient = {
  newsroomClient: (baseUrl: string, token?: string) => unknown
  articlesBySlug: (client: unknown, slug: string) => Promise<Article[]>
  article: (client: unknown, id: number) => Promise<Article>
  signIn: (baseUrl: string, email: string, password: string) => Promise<string>
  createTopic: (client: unknown, topic: { title: string }) => Promise<{ id: number; title: string }>
}
let app: TestApp

beforeAll(async () => {
  app = await startTestApp('typed-client', { seed: 'content' })
}, 120_000)
afterAll(() => app.close())

// The example as a front-end team would use it: types generated from the served document with
// openapi-typescript, the client compiled by tsc (strict), then its calls made against this server.
test('a client typed from /api/openapi.json compiles and lists, reads and creates', async () => {
  const document = (await (await app.request('/api/openapi.json')).json()) as Parameters<typeof openapiTS>[0]
  writeFileSync(path.join(EXAMPLE, 'api.d.ts'), astToString(await openapiTS(document)))
  const tsc = path.resolve('node_modules/typescript/bin/tsc')
  const compiled = await promisify(execFile)(process.execPath, [tsc, '-p', path.join(EXAMPLE, 'tsconfig.json')]).catch(
    (error: { stdout: string }) => error,
  )
  expect(compiled.stdout).toBe('')

  // Imported by path: the example's types exist only once generated, so the suite's typecheck leaves it out.
  const client = (await import(path.join(EXAMPLE, 'newsroomClient.ts'))) as ExampleClient
  const [published] = (
    await app.payload.find({ collection: 'articles', where: { _status: { equals: 'published' } }, limit: 1, depth: 0 })
  ).docs
  const anonymous = client.newsroomClient(app.url)
  const listed = await client.articlesBySlug(anonymous, published.slug!)
  expect(listed.map((a) => a.id)).toEqual([published.id])
  expect((await client.article(anonymous, published.id)).title).toBe(published.title)

  const token = await client.signIn(app.url, 'editor@newsroom.test', DEMO_PASSWORD)
  const topic = await client.createTopic(client.newsroomClient(app.url, token), { title: 'Client typé' })
  expect(topic.title).toBe('Client typé')
  expect((await app.payload.findByID({ collection: 'topics', id: topic.id })).title).toBe('Client typé')
}, 180_000)
