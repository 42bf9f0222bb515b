import type { Metadata } from 'next'

import { siteUrl } from '../lib/siteUrl'
import { SITE_NAME } from './format'
import type { SitePage } from './pages'

/** Resolves the relative links below (canonical, images) against the public site's address. */
export const siteMetadataBase = (): Metadata => ({
  metadataBase: new URL(siteUrl()),
  title: { default: SITE_NAME, template: `%s — ${SITE_NAME}` },
  openGraph: { siteName: SITE_NAME, locale: 'fr_FR' },
})

/** Title, description, canonical link and OpenGraph card, from the SEO fields first. */
export function pageMetadata(page: SitePage, path: string): Metadata {
  const description = page.description ?? undefined
  const og = page.image?.sizes?.og?.url ? page.image.sizes.og : page.image
  return {
    title: page.title === SITE_NAME ? { absolute: SITE_NAME } : page.title,
    description,
    alternates: { canonical: path },
    openGraph: {
      title: page.title,
      description,
      url: path,
      type: page.kind,
      siteName: SITE_NAME,
      locale: 'fr_FR',
      images: og?.url
        ? [
            {
              url: og.url,
              width: og.width ?? undefined,
              height: og.height ?? undefined,
              alt: page.image?.alt ?? undefined,
            },
          ]
        : undefined,
    },
  }
}
