import type { PayloadRequest } from 'payload'

import { startTestApp, type TestApp } from '../helpers/app'

let app: TestApp

beforeAll(async () => {
  app = await startTestApp('writes-outside-transactions')
})
afterAll(() => app.close())

// On SQLite each write outside a transaction waits for its turn; upsert writes through updateOne,
// which must not wait for the turn its caller holds (it waited forever).
test('an upsert outside any transaction creates, then updates, its row', async () => {
  const noTransaction = {} as PayloadRequest
  const upsert = (value: number) =>
    app.payload.db.upsert({
      collection: 'payload-kv',
      where: { key: { equals: 'test:upsert' } },
      data: { key: 'test:upsert', data: { value } },
      req: noTransaction,
    })
  await upsert(1)
  await Promise.all([upsert(2), upsert(3)])
  const rows = await app.payload.db.find<{ data: { value: number } }>({
    collection: 'payload-kv',
    where: { key: { equals: 'test:upsert' } },
    req: noTransaction,
  })
  expect(rows.docs).toHaveLength(1)
  expect([2, 3]).toContain(rows.docs[0].data.value)
})
