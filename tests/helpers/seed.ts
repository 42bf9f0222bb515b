import { spawnSync } from 'node:child_process'
import path from 'node:path'

import { testRun } from './testDatabase'

/** `npm run seed` as its own process, against the given database. */
export function runSeed(databaseUri: string, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/seed.ts'], {
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      LOG_LEVEL: 'warn',
      DATABASE_URI: databaseUri,
      DATA_DIR: testRun().dir,
      MEDIA_DIR: path.join(testRun().dir, 'media-seed'),
      PAYLOAD_SECRET: 'seed-test',
      ...env,
    },
    encoding: 'utf8',
    timeout: 180_000,
  })
}
