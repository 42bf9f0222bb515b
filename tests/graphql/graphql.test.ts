import { startTestApp, type TestApp } from '../helpers/app'

let app: TestApp
beforeAll(async () => {
  app = await startTestApp('graphql', { seed: true })
})
afterAll(() => app.close())

describe('GraphQL', () => {
  test('answers a signed-in query with data', async () => {
    const token = await app.login('admin@newsroom.test')
    const { status, body } = await app.graphql<{
      Users: { totalDocs: number; docs: { email: string; roles: string[] }[] }
    }>('{ Users(sort: "email") { totalDocs docs { email roles } } }', { token })
    expect(status).toBe(200)
    expect(body.errors).toBeUndefined()
    expect(body.data?.Users.totalDocs).toBe(5)
    expect(body.data?.Users.docs[0]).toEqual({ email: 'admin@newsroom.test', roles: ['admin'] })
  })

  test('meUser returns the signed-in user and null for anonymous', async () => {
    const token = await app.login('journalist@newsroom.test')
    const signedIn = await app.graphql<{ meUser: { user: { email: string } | null } }>(
      '{ meUser { user { email } } }',
      { token },
    )
    expect(signedIn.body.data?.meUser.user?.email).toBe('journalist@newsroom.test')
    const anonymous = await app.graphql<{ meUser: { user: null } }>('{ meUser { user { email } } }')
    expect(anonymous.body.data?.meUser.user).toBeNull()
  })

  test('logs in through a mutation', async () => {
    const { body } = await app.graphql<{ loginUser: { token: string; user: { email: string } } }>(
      'mutation Login($email: String!, $password: String!) { loginUser(email: $email, password: $password) { token user { email } } }',
      { variables: { email: 'editor@newsroom.test', password: 'newsroom-demo-2026' } },
    )
    expect(body.data?.loginUser.user.email).toBe('editor@newsroom.test')
    expect(body.data?.loginUser.token).toEqual(expect.any(String))
  })

  test('refuses anonymous reads of users with 403 in the error', async () => {
    const { body } = await app.graphql('{ Users { docs { email } } }')
    expect(body.errors?.[0]?.extensions?.statusCode).toBe(403)
  })

  test('a malformed query is answered with the parser’s message and no data', async () => {
    const { body } = await app.graphql('{ Users { docs { email }')
    expect(body.data).toBeUndefined()
    expect(body.errors?.[0]?.message).toMatch(/Syntax Error: Expected Name, found <EOF>/)
  })
})
