'use client'

import { useLivePreview } from '@payloadcms/live-preview-react'

import type { SiteType } from '../../lib/sitePaths'
import { PieceView } from './PieceView'

/**
 * The piece as the editor's form holds it, saved or not: the admin posts each change to this frame
 * and Payload fills in the relationships, so the page is the published page's own rendering.
 */
export function LivePreview({
  type,
  initialData,
}: {
  type: SiteType
  initialData: Record<string, unknown> & { id: string | number }
}) {
  const { data } = useLivePreview({
    initialData,
    serverURL: typeof window === 'undefined' ? '' : window.location.origin,
    depth: 1,
  })
  return <PieceView type={type} doc={data} />
}
