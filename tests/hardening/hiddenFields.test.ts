import { startTestApp, type TestApp } from '../helpers/app'
import { createDestination, deliveriesOf, DISTRIBUTION_ENV, newSecret } from '../helpers/distribution'
import { webhookReceiver, type WebhookReceiver } from '../helpers/receivers/webhookReceiver'
import { PUBLISH } from '../helpers/users'

/**
 * Fields that hold credentials or the platform's own bookkeeping are never readable, and cannot be
 * used in `where` or `sort` either: a filter (`like`, `greater_than`) or an ordering on a hash or a
 * token would let a reader guess it one character at a time without ever seeing it.
 */
let app: TestApp
let admin: string
let receiver: WebhookReceiver

beforeAll(async () => {
  app = await startTestApp('hidden-fields', { seed: true, env: DISTRIBUTION_ENV })
  admin = await app.login('admin@newsroom.test')
  const secret = newSecret()
  receiver = webhookReceiver({ secrets: [secret] })
  await receiver.start()
  await createDestination(app, admin, { name: 'Site', kind: 'site-webhook', url: receiver.url, secret })
  const journalist = await app.login('journalist@newsroom.test')
  const { doc } = (await (
    await app.request('/api/articles', {
      method: 'POST',
      token: journalist,
      json: { title: 'Article d’un journaliste', format: 'news' },
    })
  ).json()) as { doc: { id: number } }
  await app.payload.update({ collection: 'articles', id: doc.id, data: PUBLISH, overrideAccess: true })
  await receiver.waitFor(1)
  await deliveriesOf(app, 'articles', doc.id)
  // Give the hidden fields values, so that a filter that worked would have something to match.
  await app.request('/api/users/forgot-password', { method: 'POST', json: { email: 'editor@newsroom.test' } })
  await app.request('/api/users/calendar-token', { method: 'POST', token: await app.login('editor@newsroom.test') })
})
afterAll(async () => {
  await receiver?.close()
  await app?.close()
})

const HIDDEN: [collection: string, field: string, graphqlType: string][] = [
  ['users', 'hash', 'User'],
  ['users', 'salt', 'User'],
  ['users', 'resetPasswordToken', 'User'],
  ['users', 'resetPasswordExpiration', 'User'],
  ['users', 'calendarTokenHash', 'User'],
  ['users', 'loginAttempts', 'User'],
  ['users', 'lockUntil', 'User'],
  ['destinations', 'secret', 'Destination'],
  ['destinations', 'previousSecret', 'Destination'],
]
const graphqlList = (collection: string) => (collection === 'users' ? 'Users' : 'Destinations')

describe.each(HIDDEN)('%s.%s', (collection, field, type) => {
  test('is absent from every document an administrator reads', async () => {
    const response = await app.request(`/api/${collection}?limit=100&depth=0`, { token: admin })
    expect(response.status).toBe(200)
    const { docs } = (await response.json()) as { docs: Record<string, unknown>[] }
    expect(docs.length).toBeGreaterThan(0)
    for (const doc of docs) expect(doc).not.toHaveProperty(field)
  })

  test.each(['equals', 'like', 'exists', 'greater_than'])(
    'cannot filter with where[%s] through REST (400, naming the field)',
    async (operator) => {
      const value = operator === 'exists' ? 'true' : 'a'
      const response = await app.request(`/api/${collection}?where[${field}][${operator}]=${value}`, { token: admin })
      expect(response.status).toBe(400)
      expect(await response.text()).toContain(`cannot be queried: ${field}`)
    },
  )

  test.each(['', '-'])('cannot sort by it through REST (sort=%s…)', async (direction) => {
    const response = await app.request(`/api/${collection}?sort=${direction}${field}`, { token: admin })
    expect(response.status).toBe(400)
    expect(await response.text()).toContain(`cannot be queried: ${field}`)
  })

  test('is null when asked for through GraphQL, and cannot filter or sort there', async () => {
    const list = graphqlList(collection)
    const asked = await app.graphql<Record<string, { docs: Record<string, unknown>[] }>>(
      `{ ${list} { docs { id ${field} } } }`,
      { token: admin },
    )
    expect(asked.body.errors).toBeUndefined()
    expect(asked.body.data![list].docs.length).toBeGreaterThan(0)
    for (const doc of asked.body.data![list].docs) expect(doc[field] ?? null).toBeNull()
    // Either the schema has no such filter, or the query is refused: never an answer.
    const filtered = await app.graphql<Record<string, unknown>>(
      `{ ${list}(where: { ${field}: { exists: true } }) { docs { id } } }`,
      { token: admin },
    )
    expect(filtered.body.errors?.[0].message).toMatch(
      new RegExp(`"${field}" is not defined by type "${type}_where"|cannot be queried: ${field}`),
    )
    expect(filtered.body.data?.[list] ?? null).toBeNull()
    const sorted = await app.graphql<Record<string, unknown>>(`{ ${list}(sort: "${field}") { docs { id } } }`, {
      token: admin,
    })
    expect(sorted.body.errors?.[0].message).toContain(`cannot be queried: ${field}`)
    expect(sorted.body.data?.[list] ?? null).toBeNull()
  })

  test('cannot be used through the Local API on behalf of a user', async () => {
    const user = (
      await app.payload.find({
        collection: 'users',
        where: { email: { equals: 'admin@newsroom.test' } },
        overrideAccess: true,
      })
    ).docs[0]
    const asUser = {
      collection: collection as 'users',
      user: { ...user, collection: 'users' },
      overrideAccess: false,
    } as const
    await expect(app.payload.find({ ...asUser, where: { [field]: { exists: true } } })).rejects.toThrow(
      `cannot be queried: ${field}`,
    )
    await expect(app.payload.find({ ...asUser, sort: field })).rejects.toThrow(`cannot be queried: ${field}`)
  })
})

test('a populated user (an article’s author) carries none of the hidden fields', async () => {
  const response = await app.request('/api/articles?limit=20&depth=2', { token: admin })
  const text = await response.text()
  for (const [, field] of HIDDEN) expect(text).not.toContain(`"${field}"`)
  expect(text).toMatch(/"createdBy":\{"id":/)
})

test('a populated destination (a delivery’s) carries no secret', async () => {
  const response = await app.request('/api/deliveries?limit=20&depth=2', { token: admin })
  expect(response.status).toBe(200)
  const text = await response.text()
  expect(text).toMatch(/"destination":\{"id":/)
  expect(text).not.toMatch(/"secret"|"previousSecret"|whsec_/)
})
