/**
 * Seeds a benchmark database: the demo newsroom (accounts, topics, images, chambers, the demo
 * pieces) through Payload, then `--size` more published articles written through the database
 * adapter in large transactions (hooks would take an hour for 100,000). Each article gets topics,
 * authors, an image and a search-index row, as the hooks would have written them.
 *
 *   node --import tsx bench/seed.ts --size 10000      (DATABASE_URI names the database)
 */
import { getPayload, type PayloadRequest } from 'payload'

import config from '../payload.config'
import { closeDatabase } from '../src/db/closeDatabase'
import { migrateDatabase } from '../src/db/migrate'
import { modelReady, rebuildReadModel } from '../src/readModel/build'
import { searchableText } from '../src/lib/text'
import { seed } from '../src/seed'
import { fr, SEEDED_KEY, stored, syntheticArticle } from './articles'
import { openDb } from './baseline/db'

const size = Number(process.argv[process.argv.indexOf('--size') + 1] || 10_000)
const BATCH = 500

const payload = await getPayload({ config })
try {
  await migrateDatabase(payload)
  const marker = await payload.db.findOne<{ id: number; data: { size: number } }>({
    collection: 'payload-kv',
    where: { key: { equals: SEEDED_KEY } },
    req: {} as PayloadRequest,
  })
  if (marker?.data.size === size) {
    console.log(`already seeded with ${size} articles`)
  } else {
    const started = performance.now()
    await seed(payload, () => {})
    console.log(`demo newsroom seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`)
    await bulkArticles()
    await payload.db.upsert({
      collection: 'payload-kv',
      where: { key: { equals: SEEDED_KEY } },
      data: { key: SEEDED_KEY, data: { size } },
      req: {} as PayloadRequest,
    })
  }
  // The articles above were written without Payload's hooks: the public read model is built from them.
  if (!(await modelReady(payload))) {
    const started = performance.now()
    await rebuildReadModel(payload, (line) => process.stdout.write(`\r  ${line}`))
    console.log(`\npublic read model built in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  }
  // Fresh statistics, as a database in service has: without them PostgreSQL takes the public
  // filter for nearly empty and sorts every published row instead of reading the date index. And on
  // PostgreSQL the visibility map autovacuum keeps (off on some servers, as on the one these figures
  // were taken on): without it a page's count reads every row of the list instead of its index
  // entries (17 ms against 2 ms for 10,000 articles).
  const db = openDb(process.env.DATABASE_URI!)
  await db.all(db.kind === 'postgres' ? 'VACUUM ANALYZE' : 'ANALYZE')
  await db.close()
} catch (error) {
  console.error(error)
  process.exitCode = 1
} finally {
  await closeDatabase(payload)
  process.exit()
}

async function bulkArticles(): Promise<void> {
  const started = performance.now()
  const find = async (collection: 'topics' | 'media' | 'users' | 'partners') =>
    (await payload.find({ collection, pagination: false, depth: 0, overrideAccess: true, select: {} })).docs.map(
      (d) => d.id as number,
    )
  const refs = {
    topics: await find('topics'),
    media: await find('media'),
    users: await find('users'),
    partners: await find('partners'),
  }
  for (let offset = 0; offset < size; offset += BATCH) {
    const transactionID = (await payload.db.beginTransaction()) as string
    const req = { transactionID, locale: 'fr', context: {} } as unknown as PayloadRequest
    for (let i = offset; i < Math.min(size, offset + BATCH); i++) {
      const article = syntheticArticle(i, size, refs)
      const doc = await payload.db.create({
        collection: 'articles',
        data: stored(article),
        req,
        returning: true,
        select: { id: true } as never,
      })
      if (article._status !== 'published') continue
      await payload.db.create({
        collection: 'search',
        req,
        returning: false,
        data: {
          title: fr(article.title),
          slug: article.slug,
          summary: fr(article.standfirst),
          publishedAt: article.publishedAt,
          embargoUntil: article.embargoUntil ?? null,
          priority: 30,
          doc: { relationTo: 'articles', value: doc.id },
          docType: 'articles',
          docId: String(doc.id),
          image: article.heroImage,
          topics: article.topics,
          audiences: article.audiences,
          territory: article.territory,
          sponsored: Boolean(article.sponsor),
          searchText: fr(searchableText(article.title, article.standfirst, article.slug)),
        },
      })
    }
    await payload.db.commitTransaction(transactionID)
    process.stdout.write(`\r  articles: ${Math.min(size, offset + BATCH)} / ${size}`)
  }
  console.log(`\n${size} articles in ${((performance.now() - started) / 1000).toFixed(1)} s`)
}
