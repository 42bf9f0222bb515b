import { startTestApp, type TestApp } from '../helpers/app'

let app: TestApp
beforeAll(async () => {
  app = await startTestApp('write-tags', { seed: true })
})
afterAll(() => app.close())

test('a PATCH answers the tag of the version it produced: the next write with it goes through, after a draft save and a publication alike', async () => {
  const token = await app.login('editor@newsroom.test')
  const created = await app.request('/api/articles?draft=true', {
    method: 'POST',
    token,
    json: { title: 'Étiquette de version' },
  })
  const { doc } = (await created.json()) as { doc: { id: number } }
  const read = await app.request(`/api/articles/${doc.id}?draft=true&depth=0`, { token })
  let tag = read.headers.get('etag')
  expect(tag).toMatch(/^"\d+-[0-9a-z]+"$/)
  const writes = [
    { path: `/api/articles/${doc.id}?draft=true&autosave=true`, json: { standfirst: 'Brouillon' } },
    { path: `/api/articles/${doc.id}?draft=true`, json: { workflowStatus: 'approved' } },
    { path: `/api/articles/${doc.id}`, json: { _status: 'published' } },
    { path: `/api/articles/${doc.id}?draft=true&autosave=true`, json: { standfirst: 'Après la publication' } },
  ]
  for (const write of writes) {
    const response = await app.request(write.path, {
      method: 'PATCH',
      token,
      json: write.json,
      headers: { 'if-match': tag! },
    })
    expect(response.status).toBe(200)
    const next = response.headers.get('etag')
    expect(next).toMatch(/^"\d+-[0-9a-z]+"$/)
    expect(next).not.toBe(tag)
    const current = (await app.request(`/api/articles/${doc.id}?draft=true&depth=0`, { token })).headers.get('etag')
    expect(next).toBe(current)
    tag = next
  }
})
