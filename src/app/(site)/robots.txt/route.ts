import { siteUrl } from '@/lib/siteUrl'
import { PREVIEW_PREFIX } from '@/site/previewToken'
import { SEARCH_PATH } from '@/site/route'
import { robotsTxt } from '@/site/sitemapXml'

// SITE_URL is read when the server runs, not when it is built.
export const dynamic = 'force-dynamic'

export function GET(): Response {
  return new Response(robotsTxt(siteUrl(), [`${PREVIEW_PREFIX}/`, SEARCH_PATH, '/admin', '/api/']), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  })
}
