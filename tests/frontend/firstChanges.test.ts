import { startTestApp, type TestApp } from '../helpers/app'

let app: TestApp
let editorToken: string

beforeAll(async () => {
  app = await startTestApp('first-changes', { seed: true })
  editorToken = await app.login('editor@newsroom.test')
})
afterAll(() => app.close())

// The first content changes of a new database, made at the same time, must not race for any shared
// row (each records its cache change in a row of its own).
test('the very first publications, made at once on a new database, all succeed', async () => {
  const responses = await Promise.all(
    Array.from({ length: 8 }, (_, index) =>
      app.request('/api/articles', {
        method: 'POST',
        token: editorToken,
        json: {
          title: `Première publication ${index}`,
          format: 'news',
          workflowStatus: 'approved',
          _status: 'published',
        },
      }),
    ),
  )
  expect(responses.map((response) => response.status)).toEqual(Array(8).fill(201))
})
