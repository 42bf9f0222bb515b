import { installPreconditions, rememberVersion } from '../../src/components/editView/preconditionFetch'
import { documentKey } from '../../src/lib/documentWrites'
import { startTestApp, type TestApp } from '../helpers/app'

let app: TestApp
let editor: string

beforeAll(async () => {
  app = await startTestApp('edit-view-versions', { seed: true })
  editor = await app.login('editor@newsroom.test')
})
afterAll(() => app.close())

/** The admin's `fetch` as an edit view has it: every write of a document it loaded carries If-Match. */
function editViewFetch(): typeof fetch {
  const page = { fetch: globalThis.fetch.bind(globalThis), location: { origin: new URL(app.url).origin } }
  installPreconditions(page)
  return page.fetch
}

test('a page drawn before the tab’s own write, arriving after it, does not take the tab back to the version it replaced', async () => {
  const created = await app.request('/api/articles?draft=true', {
    method: 'POST',
    token: editor,
    json: { title: 'Version tenue par l’onglet', format: 'news' },
  })
  const { doc } = (await created.json()) as { doc: { id: number } }
  const url = `${app.url}/api/articles/${doc.id}?draft=true&depth=0`
  const loaded = (await app.request(`/api/articles/${doc.id}?draft=true`, { token: editor })).headers.get('etag')!
  const key = documentKey('articles', doc.id)
  const write = editViewFetch()
  const patch = (standfirst: string) =>
    write(url, {
      method: 'PATCH',
      headers: { authorization: `JWT ${editor}`, 'content-type': 'application/json' },
      body: JSON.stringify({ standfirst }),
    })

  rememberVersion(key, loaded)
  const first = await patch('Premier jet.')
  expect(first.status).toBe(200)
  expect(first.headers.get('etag')).not.toBe(loaded)
  // The view, drawn again from the server on the version it was opened with, lands after the write.
  rememberVersion(key, loaded)
  const second = await patch('Second jet.')
  expect(second.status).toBe(200)

  // A version made elsewhere since is still taken from the server, and guards the next write.
  const elsewhere = await app.request(`/api/articles/${doc.id}?draft=true`, {
    method: 'PATCH',
    token: editor,
    json: { standfirst: 'Changé dans un autre onglet.' },
  })
  expect(elsewhere.status).toBe(200)
  rememberVersion(key, elsewhere.headers.get('etag')!)
  expect((await patch('Troisième jet.')).status).toBe(200)
})
