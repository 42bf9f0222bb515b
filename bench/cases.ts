import { slugify } from '../src/lib/text'
import { syntheticArticle } from './articles'
import type { LoadCase } from './load'

export const GRAPHQL_QUERY =
  '{ Articles(limit: 20, sort: "-publishedAt") { docs { id title slug publishedAt heroImage { url alt } topics { title slug } } } }'
// The same with `select: true`: Payload reads only the columns asked for; the read model does not answer it.
export const GRAPHQL_SELECT_QUERY = GRAPHQL_QUERY.replace('"-publishedAt"', '"-publishedAt", select: true')

/** Published, out-of-embargo synthetic articles spread over the whole set: the detail pages to read. */
export function detailPaths(size: number, count = 200): string[] {
  const refs = { topics: [0], media: [0], users: [0], partners: [0] }
  const paths: string[] = []
  for (let k = 0; paths.length < Math.min(count, size / 2); k++) {
    const i = Math.floor((k * size) / count + k) % size
    const article = syntheticArticle(i, size, refs)
    if (article._status === 'published' && !article.embargoUntil)
      paths.push(`/api/resolve?path=/articles/${slugify(article.title)}`)
  }
  return paths
}

/** The six front-end requests the benchmark measures, anonymous, as a front-end sends them. */
export function loadCases(size: number): LoadCase[] {
  return [
    { name: 'list', paths: ['/api/articles?limit=20&depth=1&sort=-publishedAt'] },
    { name: 'detail', paths: detailPaths(size) },
    { name: 'feed', paths: ['/api/feed?limit=20'] },
    { name: 'graphql', method: 'POST', paths: ['/api/graphql'], body: JSON.stringify({ query: GRAPHQL_QUERY }) },
    {
      name: 'graphql-select',
      method: 'POST',
      paths: ['/api/graphql'],
      body: JSON.stringify({ query: GRAPHQL_SELECT_QUERY }),
    },
    { name: 'geojson', paths: ['/api/chambers/geojson'] },
  ]
}
