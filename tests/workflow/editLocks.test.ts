import { startTestApp, type TestApp } from '../helpers/app'
import { demoUser } from '../helpers/users'

let app: TestApp
beforeAll(async () => {
  app = await startTestApp('edit-locks', { seed: true })
})
afterAll(() => app.close())

/** The edit lock Payload's admin takes while someone types (handleFormStateLocking does exactly this). */
async function lockAs(id: number | string, userId: number | string) {
  await app.payload.db.create({
    collection: 'payload-locked-documents',
    data: { document: { relationTo: 'articles', value: id }, user: { relationTo: 'users', value: userId } },
    returning: false,
  })
}
const locks = async (id: number | string) =>
  (
    await app.payload.find({
      collection: 'payload-locked-documents',
      where: { and: [{ 'document.relationTo': { equals: 'articles' } }, { 'document.value': { equals: id } }] },
      overrideAccess: true,
      depth: 0,
    })
  ).docs

test('submitting a piece for review releases the submitter’s edit lock', async () => {
  const journalist = await demoUser(app.payload, 'journalist')
  const token = await app.login('journalist@newsroom.test')
  const draft = await app.payload.create({
    collection: 'articles',
    data: { title: 'Verrou de rédaction' },
    draft: true,
    user: journalist,
    overrideAccess: false,
  })
  await lockAs(draft.id, journalist.id)
  expect(await locks(draft.id)).toHaveLength(1)
  const response = await app.request(`/api/articles/${draft.id}?draft=true&depth=0`, {
    method: 'PATCH',
    token,
    json: { workflowStatus: 'in-review' },
  })
  expect(response.status).toBe(200)
  expect(await locks(draft.id)).toEqual([])
})
