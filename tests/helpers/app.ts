import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Express } from 'express'
import type { Payload } from 'payload'

import type { DeliveryWorker } from '../../src/outbox/worker'
import { DEFAULT_SEED_PASSWORD } from '../../src/seed/accounts'
import {
  copyTemplateMedia,
  createTestDatabase,
  dropTestDatabase,
  newId,
  type TemplateKind,
  testDbKind,
  testRun,
} from './testDatabase'

export const DEMO_PASSWORD = DEFAULT_SEED_PASSWORD

export type TestApp = {
  payload: Payload
  /** The express application serving it (to list its routes). */
  express: Express
  /** Base URL of the real express server, listening on a free port. */
  url: string
  databaseUri: string
  mediaDir: string
  /** The app's delivery worker (absent with DELIVERY_WORKER=false). */
  worker?: DeliveryWorker
  /** fetch against the server; a `token` becomes the JWT Authorization header. */
  request: (pathname: string, init?: RequestInit & { token?: string; json?: unknown }) => Promise<Response>
  /** Signs in through REST and returns the token. */
  login: (email: string, password?: string) => Promise<string>
  graphql: <T = unknown>(
    query: string,
    options?: { token?: string; variables?: Record<string, unknown> },
  ) => Promise<{
    status: number
    body: { data?: T; errors?: { message: string; extensions?: { statusCode?: number } }[] }
  }>
  close: () => Promise<void>
}

type Options = {
  /** Extra environment for the app (read by payload.config at import). */
  env?: Record<string, string>
  /** Create the demo accounts (true) or the whole demo newsroom ('content') before the test starts. */
  seed?: boolean | 'content'
}

/**
 * Boots the platform as production runs it, on a fresh database: the real payload.config, the
 * real express server (API only, no Next), HTTP on a free port. One per test file: the config is
 * read from the environment when first imported in that file.
 */
let started = false

export async function startTestApp(label: string, options: Options = {}): Promise<TestApp> {
  // The config (and so the database) is fixed when this file first imports it.
  if (started) throw new Error('startTestApp runs once per test file: split the file to test another database.')
  started = true
  // Seeded once per run into a template (SQLite, PostgreSQL); MongoDB has no templates, and a test
  // that brings its own database seeds it here.
  const template: TemplateKind = options.seed === 'content' ? 'content' : options.seed ? 'accounts' : 'empty'
  const cloned = testDbKind() !== 'mongodb' && !options.env?.DATABASE_URI
  const databaseUri = await createTestDatabase(label, cloned ? template : 'empty')
  const mediaDir = path.join(testRun().dir, `media-${label}-${newId()}`)
  mkdirSync(mediaDir, { recursive: true })
  if (cloned) copyTemplateMedia(template, mediaDir)
  Object.assign(process.env, { DATABASE_URI: databaseUri, MEDIA_DIR: mediaDir, DATA_DIR: testRun().dir }, options.env)

  const { startServer } = await import('../../server')
  const server = await startServer()
  if (options.seed && !cloned) {
    const { seed, seedAccounts } = await import('../../src/seed')
    // Without the site (API only), its webhook destination would only collect failed deliveries.
    if (options.seed === 'content') await seed(server.payload, () => {}, { siteDestination: false })
    else await seedAccounts(server.payload, () => {})
  }

  const request: TestApp['request'] = (pathname, init = {}) => {
    const { token, json, headers, ...rest } = init
    const merged = new Headers(headers)
    if (token) merged.set('authorization', `JWT ${token}`)
    if (json !== undefined) merged.set('content-type', 'application/json')
    return fetch(`${server.url}${pathname}`, {
      ...rest,
      headers: merged,
      body: json !== undefined ? JSON.stringify(json) : rest.body,
    })
  }

  const login: TestApp['login'] = async (email, password = DEMO_PASSWORD) => {
    const response = await request('/api/users/login', { method: 'POST', json: { email, password } })
    const body = (await response.json()) as { token?: string; errors?: unknown }
    if (!response.ok || !body.token)
      throw new Error(`login ${email} failed: ${response.status} ${JSON.stringify(body)}`)
    return body.token
  }

  const graphql: TestApp['graphql'] = async (query, { token, variables } = {}) => {
    const response = await request('/api/graphql', { method: 'POST', token, json: { query, variables } })
    return { status: response.status, body: await response.json() }
  }

  return {
    payload: server.payload,
    express: server.app,
    url: server.url,
    worker: server.worker,
    databaseUri,
    mediaDir,
    request,
    login,
    graphql,
    close: async () => {
      await server.close()
      await dropTestDatabase(databaseUri)
    },
  }
}
