import path from 'node:path'

import { exportArchive } from '../src/dataTransfer/exportArchive'
import { runWithPayload } from './runWithPayload'

/**
 * `npm run export -- <archive.tar.gz>`: writes an archive of the database named by DATABASE_URI
 * and of its upload files (MEDIA_DIR, or the S3 bucket), to restore with `npm run import`.
 */
const target = process.argv[2]
if (!target) {
  console.error('Usage: npm run export -- <archive path>, e.g. npm run export -- backups/newsroom.tar.gz')
  process.exit(1)
}

await runWithPayload(async (payload) => {
  const started = performance.now()
  console.log(`Exporting ${payload.db.name} database`)
  await exportArchive(payload, path.resolve(target), { env: process.env, log: (line) => console.log(line) })
  console.log(`Export complete in ${((performance.now() - started) / 1000).toFixed(2)} s`)
})
