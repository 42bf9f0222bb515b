import { GRAPHQL_PLAYGROUND_GET } from '@payloadcms/next/routes'

import { startTestApp, type TestApp } from '../helpers/app'

/**
 * In production `/api/graphql-playground` is not answered by express: src/server/payloadApi.ts hands it to
 * Next, whose route (src/app/(payload)/api/graphql-playground/route.ts) is Payload's own
 * GRAPHQL_PLAYGROUND_GET. Asking the express server with SERVE_ADMIN=false would get express's 404 whatever
 * Payload does, so this calls that same handler with the platform's real config under NODE_ENV=production:
 * what the route answers once Next serves it, without needing a Next build.
 */
let app: TestApp
beforeAll(async () => {
  app = await startTestApp('playground')
})
afterAll(() => app.close())

async function playground(nodeEnv: string): Promise<Response> {
  const { default: config } = await import('../../payload.config')
  const env = process.env as Record<string, string | undefined>
  const previous = env.NODE_ENV
  // Payload's handler reads NODE_ENV when it answers, not when the config is built.
  env.NODE_ENV = nodeEnv
  try {
    return await GRAPHQL_PLAYGROUND_GET(config)(new Request(`${app.url}/api/graphql-playground`))
  } finally {
    env.NODE_ENV = previous
  }
}

describe('the GraphQL playground', () => {
  test('is not served in production (Route Not Found)', async () => {
    const response = await playground('production')
    expect(response.status).toBe(404)
    expect(await response.text()).toBe('Route Not Found')
  })

  test('is served in development, so the refusal above comes from the production setting', async () => {
    const response = await playground('development')
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('GraphQL Playground')
  })
})
