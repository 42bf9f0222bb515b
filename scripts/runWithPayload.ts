import { getPayload, type Payload } from 'payload'

import config from '../payload.config'
import { closeDatabase } from '../src/db/closeDatabase'
import { migrateDatabase } from '../src/db/migrate'

/**
 * For one-shot commands: boot, bring the schema up to date, do the work, close, exit. Errors are
 * reported in one line and give exit code 1.
 */
export async function runWithPayload(work: (payload: Payload) => Promise<void>): Promise<never> {
  const payload = await getPayload({ config })
  try {
    await migrateDatabase(payload)
    await work(payload)
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    process.exitCode = 1
  } finally {
    await closeDatabase(payload)
  }
  // PostgreSQL's pool keeps a client the adapter never releases: exit rather than wait for it.
  process.exit()
}
