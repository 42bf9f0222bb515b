import { getPayload } from 'payload'

import config from '../payload.config'
import { closeDatabase } from '../src/db/closeDatabase'
import { migrateDatabase } from '../src/db/migrate'

/** `npm run migrate`: applies pending migrations to the database named by DATABASE_URI, then exits. */
const payload = await getPayload({ config })
try {
  await migrateDatabase(payload)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
} finally {
  await closeDatabase(payload)
  // PostgreSQL's pool keeps a client the adapter never releases: exit rather than wait for it.
  process.exit()
}
