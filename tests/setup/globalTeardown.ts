import { rmSync } from 'node:fs'

import { dropRunDatabases, testDbKind } from '../helpers/testDatabase'

export default async function globalTeardown(): Promise<void> {
  const id = process.env.NEWSROOM_TEST_RUN
  const dir = process.env.NEWSROOM_TEST_DIR
  if (id && testDbKind() === 'postgres') await dropRunDatabases(id)
  if (dir) rmSync(dir, { recursive: true, force: true })
}
