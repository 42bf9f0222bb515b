import { startTestApp, type TestApp } from '../helpers/app'
import { installChangeCounter } from '../helpers/changeCounter'
import {
  ACTORS,
  badBodies,
  badIds,
  badQueries,
  mulberry32,
  type Case,
  type Doc,
  type Operation,
} from './contractFuzzCases'

/**
 * A seeded fuzzer generated from /api/openapi.json: every path × method (the undocumented ones
 * too) × anonymous and admin, with bodies, query parameters and ids that violate the document.
 * Replay a failure with FUZZ_SEED=<the printed seed>.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261203)
const METHODS = ['get', 'post', 'put', 'patch', 'delete']
// Written whatever the answer (failed sign-ins are audited; the admin's own preferences and locks).
const UNWATCHED_TABLES = [
  'audit_log',
  'payload_preferences',
  'payload_locked_documents',
  'payload_migrations',
  'payload_jobs',
  'payload_kv',
  'users_sessions',
  'newsroom_test_changes',
]
// They end the caller's session, or run the job queue, whatever else the request holds.
const SKIPPED = new Set(['/api/users/logout', '/api/users/refresh-token'])

let app: TestApp
let changes: () => Promise<number>
const tokens: Record<(typeof ACTORS)[number], string | undefined> = { anonymous: undefined, admin: undefined }

beforeAll(async () => {
  app = await startTestApp('contract-fuzz', {
    seed: 'content',
    env: {
      RATE_LIMIT_API_PER_MINUTE: '1000000',
      RATE_LIMIT_POST_PER_MINUTE: '1000000',
      RATE_LIMIT_LOGIN_PER_MINUTE: '1000000',
      QUESTIONS_RATE_LIMIT: '100000/1m',
    },
  })
  tokens.admin = await app.login('admin@newsroom.test')
  changes = await installChangeCounter(app.payload, UNWATCHED_TABLES)
}, 120_000)
afterAll(() => app.close())

test('no input outside the contract gets a 5xx, is accepted, or changes the database', async () => {
  console.log(
    `contract fuzzer seed ${SEED} (replay: FUZZ_SEED=${SEED} npm test -- tests/hardening/contractFuzz.test.ts)`,
  )
  const random = mulberry32(SEED)
  const doc = (await (await app.request('/api/openapi.json')).json()) as Doc
  const ids = new Map<string, string>()
  const someId = async (template: string) => {
    const slug = /^\/api\/([^/{]+)/.exec(template)?.[1] ?? ''
    if (!ids.has(slug)) {
      const collection = app.payload.config.collections.find((c) => c.slug === slug)
      const found = collection
        ? await app.payload.find({ collection: collection.slug as 'topics', limit: 1, depth: 0, pagination: false })
        : undefined
      ids.set(slug, String(found?.docs[0]?.id ?? 1))
    }
    return ids.get(slug)!
  }
  const counts: Record<string, number> = {}
  const problems: string[] = []
  for (const [template, item] of Object.entries(doc.paths)) {
    if (SKIPPED.has(template) || !template.startsWith('/api/')) continue
    const url = template.replace(/\{\w+\}/g, await someId(template))
    for (const method of METHODS) {
      const operation = item[method] as Operation | undefined
      const cases: Case[] = operation
        ? [...badBodies(doc, operation, random), ...badQueries(operation, random), ...badIds(template, random)]
        : [{ category: 'undocumented method', note: 'no body', violates: true }]
      for (const actor of ACTORS) {
        for (const fuzz of cases) {
          const path = fuzz.path
            ? template.replace(/\{\w+\}/, fuzz.path).replace(/\{\w+\}/g, await someId(template))
            : url
          const target = fuzz.query ? `${path}?${fuzz.query}` : path
          const before = await changes()
          const response = await app.request(target, {
            method: method.toUpperCase(),
            token: tokens[actor],
            headers: fuzz.body === undefined ? {} : { 'content-type': 'application/json' },
            body: fuzz.body,
          })
          const text = await response.text()
          counts[fuzz.category] = (counts[fuzz.category] ?? 0) + 1
          const label = `${actor} ${method.toUpperCase()} ${target} [${fuzz.category}: ${fuzz.note}]`
          if (response.status >= 500) problems.push(`${label} → ${response.status} ${text.slice(0, 160)}`)
          else if (fuzz.violates && response.status < 400) problems.push(`${label} → accepted with ${response.status}`)
          if (response.status >= 400 && (await changes()) !== before)
            problems.push(`${label} → refused with ${response.status}, yet the database changed`)
        }
      }
    }
  }
  const total = Object.values(counts).reduce((a, b) => a + b, 0)
  console.log(
    `contract fuzzer: ${total} requests, ${Object.entries(counts)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  )
  expect(problems).toEqual([])
  expect(total).toBeGreaterThan(1000)
}, 240_000)
