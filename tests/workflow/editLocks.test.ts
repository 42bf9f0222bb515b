import { createLocalReq } from 'payload'

import { holdsEditLock } from '../../src/access/holdsEditLock'
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

test('the admin takes the edit lock for those at work on the piece: its author until they submit it, then its reviewers', async () => {
  const [journalist, editor, community] = await Promise.all([
    demoUser(app.payload, 'journalist'),
    demoUser(app.payload, 'editor'),
    demoUser(app.payload, 'community'),
  ])
  const piece = await app.payload.create({
    collection: 'articles',
    data: { title: 'Verrou pendant la relecture' },
    draft: true,
    user: journalist,
    overrideAccess: false,
  })
  const holds = async (user: typeof journalist) =>
    holdsEditLock(await createLocalReq({ user: user }, app.payload), 'articles', piece.id)
  expect([await holds(journalist), await holds(editor), await holds(community)]).toEqual([true, true, true])

  await app.payload.update({
    collection: 'articles',
    id: piece.id,
    data: { workflowStatus: 'in-review' },
    draft: true,
    user: journalist,
    overrideAccess: false,
  })
  expect([await holds(journalist), await holds(editor), await holds(community)]).toEqual([false, true, true])
  // Someone else's piece in draft is not the journalist's to hold either.
  const others = await app.payload.create({
    collection: 'articles',
    data: { title: 'Le papier d’un autre' },
    draft: true,
    user: editor,
    overrideAccess: false,
  })
  expect(await holdsEditLock(await createLocalReq({ user: journalist }, app.payload), 'articles', others.id)).toBe(
    false,
  )
  // Outside the review workflow, Payload's own rule: whoever edits holds the lock.
  expect(await holdsEditLock(await createLocalReq({ user: journalist }, app.payload), 'media', 1)).toBe(true)
})
