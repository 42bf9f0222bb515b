/**
 * Seeds `--size` published open businesses for the map benchmark, a thousand per transaction (one
 * chamber moderates them all). Points are commune points of random French
 * postal codes, jittered by a few hundred metres, so the map's density follows the country's.
 *
 *   node --import tsx bench/businessesSeed.ts --size 50000      (DATABASE_URI names the database)
 */
import { getPayload, type PayloadRequest } from 'payload'
import { readFileSync } from 'node:fs'

import config from '../payload.config'
import { closeDatabase } from '../src/db/closeDatabase'
import { migrateDatabase } from '../src/db/migrate'
import { BUSINESS_CATEGORIES, BUSINESS_SERVICES } from '../src/lib/crisis/kinds'
import { insertListings, type Listing } from './businessesInsert'

const size = Number(process.argv[process.argv.indexOf('--size') + 1] || 50_000)
const MARKER = 'bench:businesses'
const BATCH = 1000

type Row = [string, string, string, number, number, number]
const table = JSON.parse(readFileSync(new URL('../src/lib/data/postcodes.json', import.meta.url), 'utf8')) as Record<
  string,
  Row[]
>
const codes = Object.keys(table).filter((code) => !code.startsWith('97') && table[code].length > 0)

// Deterministic, so that every run and both databases hold the same listings.
let state = 42
const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31

const payload = await getPayload({ config })
try {
  await migrateDatabase(payload)
  const req = {} as PayloadRequest
  const marker = await payload.db.findOne<{ id: number; data: { size: number } }>({
    collection: 'payload-kv',
    where: { key: { equals: MARKER } },
    req,
  })
  if (marker?.data.size === size) {
    console.log(`already seeded with ${size} businesses`)
  } else {
    const started = performance.now()
    // An interrupted run leaves listings without the marker: start again from none.
    await payload.db.deleteMany({ collection: 'businesses', where: {}, req })
    const chamber = await payload.create({
      collection: 'chambers',
      data: { name: `CCI Bench ${Date.now()}`, kind: 'territorial', servicesEnabled: ['open-businesses'] },
      overrideAccess: true,
    })
    const expiresAt = new Date(Date.now() + 3650 * 86_400_000).toISOString()
    for (let offset = 0; offset < size; offset += BATCH) {
      const rows: Listing[] = []
      for (let i = offset; i < Math.min(size, offset + BATCH); i++) {
        const postalCode = codes[Math.floor(random() * codes.length)]
        const [city, , departmentCode, latitude, longitude] = table[postalCode][0]
        rows.push({
          name: `Commerce ${i}`,
          category: BUSINESS_CATEGORIES[i % BUSINESS_CATEGORIES.length],
          address: `${i} rue du Commerce`,
          postalCode,
          city,
          departmentCode,
          latitude: latitude + (random() - 0.5) * 0.01,
          longitude: longitude + (random() - 0.5) * 0.01,
          services: BUSINESS_SERVICES.filter(() => random() < 0.4),
          hours: { monday: '9h – 18h' },
          ownerEmail: `owner${i}@bench.test`,
          chamber: chamber.id,
          status: 'published',
          submittedAt: new Date().toISOString(),
          confirmedAt: new Date().toISOString(),
          expiresAt,
          duplicateKey: `commerce${i}|${postalCode}`,
        })
      }
      await insertListings(payload, rows)
      process.stdout.write(`\r  businesses: ${Math.min(size, offset + BATCH)} / ${size}`)
    }
    await payload.db.upsert({
      collection: 'payload-kv',
      where: { key: { equals: MARKER } },
      data: { key: MARKER, data: { size } },
      req,
    })
    console.log(`\n${size} businesses in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  }
} catch (error) {
  console.error(error)
  process.exitCode = 1
} finally {
  await closeDatabase(payload)
  process.exit()
}
