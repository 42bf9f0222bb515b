import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { pageMetadata } from '@/site/metadata'
import { sitePage } from '@/site/pages'
import { parseRoute, routePath } from '@/site/route'

type Props = { params: Promise<{ path?: string[] }> }

// Every page is built on its first visit, then served from the cache until the site webhook
// revalidates it: nothing is prerendered at build time, so a build needs no database.
// A literal, as Next reads it without running the module: SITE_REVALIDATE_SECONDS.
export const revalidate = 3600
export const dynamicParams = true
export const generateStaticParams = async () => []

async function resolve(props: Props) {
  const route = parseRoute((await props.params).path ?? [])
  const page = route ? await sitePage(route) : null
  return route && page ? { route, page } : null
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const found = await resolve(props)
  return found ? pageMetadata(found.page, routePath(found.route)) : { title: 'Page introuvable' }
}

export default async function SitePageRoute(props: Props) {
  const found = await resolve(props)
  if (!found) notFound()
  return found.page.node
}
