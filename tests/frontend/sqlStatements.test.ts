import type { Field, SanitizedCollectionConfig } from 'payload'

import { recordQueries } from '../../src/db/queryLog'
import { startTestApp, type TestApp } from '../helpers/app'
import { frontendFixtures } from './fixtures'

let app: TestApp

beforeAll(async () => {
  // The response cache is off so that each request reaches the database.
  // No delivery worker: its polling would be counted with the request's statements.
  app = await startTestApp('sqlcount', { seed: true, env: { HTTP_CACHE: 'off', DELIVERY_WORKER: 'false' } })
  const { publish, topics, image } = await frontendFixtures(app.payload)
  for (let i = 0; i < 24; i++)
    await publish('articles', `Serie${i}`, 1 + (i % 28), {
      topics: [topics.aides, topics.emploi],
      heroImage: image.id,
      audiences: ['entrepreneurs'],
    })
})
afterAll(() => app.close())

/** Collections a collection's documents point to, at any nesting: what depth 1 may populate. */
function relatedCollections(collection: SanitizedCollectionConfig): Set<string> {
  const found = new Set<string>()
  const walk = (fields: Field[]) => {
    for (const field of fields) {
      if ((field.type === 'relationship' || field.type === 'upload') && field.relationTo)
        [field.relationTo].flat().forEach((slug) => found.add(slug))
      if (field.type === 'join') found.add(field.collection as string)
      if ('fields' in field && field.fields) walk(field.fields)
      if (field.type === 'tabs') field.tabs.forEach((tab) => walk(tab.fields))
    }
  }
  walk(collection.fields)
  return found
}

async function statementsOf(path: string): Promise<string[]> {
  const recording = recordQueries()
  const response = await app.request(path)
  expect(response.status).toBe(200)
  await response.arrayBuffer()
  return recording.stop()
}

describe('SQL statements per request (no N+1)', () => {
  test('a list of 20 articles at depth 1: one query for the page, one for the count, at most one per related collection', async () => {
    const statements = await statementsOf('/api/articles?limit=20&depth=1&sort=-publishedAt')
    const related = relatedCollections(app.payload.collections.articles.config)
    expect(related.size).toBeGreaterThan(3)
    expect(statements.length).toBeLessThanOrEqual(1 + related.size)
  })

  test('the same list at depth 0 reads only the page and the count', async () => {
    expect(await statementsOf('/api/articles?limit=20&depth=0&sort=-publishedAt')).toHaveLength(2)
  })

  test('a feed page across every type: the page, then the images, whatever the number of types', async () => {
    const statements = await statementsOf('/api/feed?limit=20')
    expect(statements).toHaveLength(2)
    expect(statements.length).toBeLessThanOrEqual(1 + relatedCollections(app.payload.collections.search.config).size)
  })

  test('a feed page filtered by topic: the topic lookup, then the matching ids, the rows and the images', async () => {
    // Filtering on a has-many relationship makes the adapter select the distinct matching ids first.
    expect(await statementsOf('/api/feed?limit=20&topic=aides')).toHaveLength(4)
  })
})
