import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'

import { isSiteType } from '@/lib/sitePaths'
import { SITE_LOCALE, sitePayload } from '@/site/data/payload'
import { checkPreviewToken } from '@/site/previewToken'
import { LivePreview } from '@/site/views/LivePreview'

type Props = {
  params: Promise<{ collection: string; id: string }>
  searchParams: Promise<{ token?: string | string[] }>
}

// A draft for one member of staff: never cached, never indexed.
export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Aperçu', robots: { index: false, follow: false } }

/**
 * A draft as the site would show it, for staff only: the link must be signed and still valid, and
 * the visitor signed in with the right to read the draft. Anyone else gets the site's 404, as for
 * a page that does not exist: a draft's address reveals nothing.
 */
export default async function PreviewPage({ params, searchParams }: Props) {
  const { collection, id } = await params
  const token = (await searchParams).token
  if (!isSiteType(collection)) notFound()
  const payload = await sitePayload()
  if (
    !checkPreviewToken({ collection, id, secret: payload.secret }, Array.isArray(token) ? token[0] : token, new Date())
  )
    notFound()
  const { user } = await payload.auth({ headers: await headers() })
  if (!user) notFound()
  const doc = await payload
    .findByID({
      collection,
      id,
      draft: true,
      depth: 1,
      overrideAccess: false,
      user,
      locale: SITE_LOCALE as never,
      disableErrors: true,
    })
    .catch(() => null)
  if (!doc) notFound()
  return (
    <>
      <p className="preview-banner" role="status">
        Aperçu : cette version n’est peut-être pas publiée.
      </p>
      <LivePreview
        type={collection}
        initialData={doc as unknown as Record<string, unknown> & { id: string | number }}
      />
    </>
  )
}
