import path from 'node:path'

import { ArchiveReader } from '../src/dataTransfer/archive'

/**
 * `npm run import -- <archive.tar.gz>`: restores an archive written by `npm run export` into the
 * empty database named by DATABASE_URI (migrated first) and its media store. The archive is checked
 * whole before the application even starts; a refusal writes nothing and exits with code 1.
 */
const source = process.argv[2]
if (!source) {
  console.error('Usage: npm run import -- <archive path>, e.g. npm run import -- backups/newsroom.tar.gz')
  process.exit(1)
}

let archive: ArchiveReader
try {
  archive = await ArchiveReader.open(path.resolve(source))
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}

// Loaded only now: a refused archive is reported without starting the application.
const { runWithPayload } = await import('./runWithPayload')
const { importArchive } = await import('../src/dataTransfer/importArchive')

await runWithPayload(async (payload) => {
  const started = performance.now()
  const { manifest } = archive
  console.log(
    `Importing the archive of ${manifest.createdAt} (${manifest.source.adapter}, Payload ${manifest.payloadVersion}) into ${payload.db.name}`,
  )
  try {
    await importArchive(payload, archive, { env: process.env, log: (line) => console.log(line) })
  } finally {
    await archive.close()
  }
  console.log(`Import complete in ${((performance.now() - started) / 1000).toFixed(2)} s`)
})
