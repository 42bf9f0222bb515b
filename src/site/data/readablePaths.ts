import type { PayloadRequest } from 'payload'

import { SITE_TYPES, sitePath } from '../../lib/sitePaths'
import type { SitemapEntry } from '../sitemapXml'

/**
 * Every piece an anonymous reader can open (published, out of embargo), with its last change: what
 * search engines are told about. Read with the reader's rights, so an embargo keeps a piece out
 * until it ends.
 */
export async function readablePaths(req: PayloadRequest, locale: string): Promise<SitemapEntry[]> {
  const perType = await Promise.all(
    SITE_TYPES.map(async (type) => {
      const { docs } = await req.payload.find({
        collection: type,
        pagination: false,
        depth: 0,
        select: { slug: true, updatedAt: true },
        req,
        user: null,
        overrideAccess: false,
        locale: locale as never,
        fallbackLocale: false as never,
      })
      return (docs as { slug?: string | null; updatedAt: string }[])
        .filter((doc) => doc.slug)
        .map((doc) => ({ path: sitePath(type, doc.slug!), lastModified: doc.updatedAt }))
    }),
  )
  return perType.flat()
}
