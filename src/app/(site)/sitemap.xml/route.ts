import { AUDIENCES } from '@/fields/taxonomy'
import { siteUrl } from '@/lib/siteUrl'
import { SITE_TYPES } from '@/lib/sitePaths'
import { publishedPaths, topics } from '@/site/data/cached'
import { routePath } from '@/site/route'
import { sitemapXml } from '@/site/sitemapXml'

// Built from the tagged queries at each request: the site webhook's tags keep it current.
export const dynamic = 'force-dynamic'

export async function GET(): Promise<Response> {
  const [pieces, allTopics] = await Promise.all([publishedPaths(), topics()])
  const pages = [
    routePath({ kind: 'home' }),
    ...SITE_TYPES.map((type) => routePath({ kind: 'section', type })),
    routePath({ kind: 'topics' }),
    ...allTopics.filter((topic) => topic.slug).map((topic) => routePath({ kind: 'topic', slug: topic.slug! })),
    ...AUDIENCES.map((audience) => routePath({ kind: 'audience', audience })),
    routePath({ kind: 'contacts' }),
  ]
  const xml = sitemapXml(siteUrl(), [...pages.map((path) => ({ path })), ...pieces])
  return new Response(xml, {
    headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=0, s-maxage=300' },
  })
}
