import { mkdirSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { newId, prepareTemplate, testDbKind } from '../helpers/testDatabase'

/**
 * Gives the run its own folder and a migrated template database (with its seeded copies unless
 * `seededTemplates` is false); test workers inherit the environment.
 */
export async function prepareTestRun({ seededTemplates = true } = {}): Promise<void> {
  const kind = testDbKind()
  const id = newId()
  const dir = path.join(os.tmpdir(), `newsroom-test-${id}`)
  mkdirSync(dir, { recursive: true })
  process.env.NEWSROOM_TEST_RUN = id
  process.env.NEWSROOM_TEST_DIR = dir
  Object.assign(process.env, { NODE_ENV: 'test' })
  // Refused requests are logged by Payload with their stack; a run's output should show only failures.
  process.env.LOG_LEVEL ??= 'fatal'
  // The suite sends many requests from one address; the rate-limit tests set their own limits.
  for (const limit of ['RATE_LIMIT_API_PER_MINUTE', 'RATE_LIMIT_LOGIN_PER_MINUTE', 'RATE_LIMIT_POST_PER_MINUTE'])
    process.env[limit] ??= '0'
  await prepareTemplate(kind, id, dir, seededTemplates)
}

export default () => prepareTestRun()
