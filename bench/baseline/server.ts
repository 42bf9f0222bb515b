/**
 * The raw baseline: a bare node:http server answering the benchmark's requests with hand-written
 * SQL through the same driver Payload's adapter uses, and the same JSON. What "the speed of the
 * database itself" means for each case.
 *
 *   node --import tsx bench/baseline/server.ts   (DATABASE_URI, PORT)
 */
import { createServer } from 'node:http'

import { detail, feed, geojson, graphqlList, list } from './cases'
import { openDb } from './db'

const db = openDb(process.env.DATABASE_URI ?? 'file:./data/newsroom.db')

const routes: Record<string, (url: URL, body: string) => Promise<unknown>> = {
  '/api/articles': () => list(db, 20),
  '/api/resolve': (url) => detail(db, (url.searchParams.get('path') ?? '').replace(/^\/articles\//, '')),
  '/api/feed': () => feed(db, 20),
  '/api/graphql': () => graphqlList(db, 20),
  '/api/chambers/geojson': () => geojson(db),
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost')
  let body = ''
  req.on('data', (chunk) => (body += chunk))
  req.on('end', () => void answer())
  async function answer() {
    try {
      const route = routes[url.pathname]
      const result = route ? await route(url, body) : null
      const json = JSON.stringify(result ?? { errors: [{ message: 'Not found' }] })
      res.writeHead(result ? 200 : 404, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(json),
      })
      res.end(json)
    } catch (error) {
      res.writeHead(500).end(String(error))
    }
  }
})
server.listen(Number(process.env.PORT ?? 3100), '127.0.0.1', () =>
  console.log(`baseline ready on ${process.env.PORT ?? 3100}`),
)
process.on('SIGTERM', () => server.close(() => void db.close().finally(() => process.exit(0))))
