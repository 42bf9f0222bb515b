import { productionApiEnv, spawnServer, type ServerProcess } from '../helpers/process'
import { createTestDatabase, dropTestDatabase } from '../helpers/testDatabase'

let databaseUri: string
let server: ServerProcess

beforeAll(async () => {
  databaseUri = await createTestDatabase('gqlprod')
  server = await spawnServer({ ...productionApiEnv(databaseUri, 'graphql-production-test'), LOG_LEVEL: 'info' })
})
afterAll(async () => {
  server.child.kill('SIGTERM')
  await server.exited
  await dropTestDatabase(databaseUri)
})

const graphql = async (query: string) => {
  const response = await fetch(`${server.url}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  })
  return (await response.json()) as { data?: unknown; errors?: { message: string }[] }
}

describe('GraphQL in production', () => {
  test('refuses introspection', async () => {
    const body = await graphql('{ __schema { types { name } } }')
    expect(body.data).toBeUndefined()
    expect(body.errors?.[0].message).toBe(
      'GraphQL introspection is not allowed, but the query contained __schema or __type',
    )
  })

  test('still answers ordinary queries', async () => {
    expect(await graphql('{ Articles { docs { id } } }')).toEqual({ data: { Articles: { docs: [] } } })
  })

  test('gives no "Did you mean" hints that would rebuild the hidden schema', async () => {
    const cases = [
      '{ Articles { docs { titl } } }', // a field
      '{ Article { id } }', // a root field
      '{ Articles(wher: {}) { docs { id } } }', // an argument
      '{ Articles(where: { _status: { equals: publishd } }) { docs { id } } }', // an enum value
      'query($w: Article_wher) { Articles(where: $w) { docs { id } } }', // a type
    ]
    for (const query of cases) {
      const body = await graphql(query)
      expect(body.errors?.length).toBeGreaterThan(0)
      for (const error of body.errors!) expect(error.message).not.toMatch(/did you mean/i)
    }
    // The message still says what is wrong.
    expect((await graphql('{ Articles { docs { titl } } }')).errors![0].message).toBe(
      'Cannot query field "titl" on type "Article".',
    )
  })

  // The playground is Next's route, not this API-only server's: tests/frontend/graphqlPlayground.test.ts.
})
