'use client'

import { useEffect } from 'react'

import { documentKey } from '../../lib/documentWrites'
import { rememberVersion } from './preconditionFetch'

/** Tells the admin's writes which version of the document this edit view loaded (see PreconditionProvider). */
export function VersionTracker({
  collectionSlug,
  id,
  tag,
}: {
  collectionSlug: string
  id: number | string
  tag: string
}) {
  useEffect(() => rememberVersion(documentKey(collectionSlug, id), tag), [collectionSlug, id, tag])
  return null
}
