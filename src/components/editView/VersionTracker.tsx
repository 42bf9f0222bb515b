'use client'

import { useDocumentInfo } from '@payloadcms/ui'
import { useEffect } from 'react'

import { documentKey } from '../../lib/documentWrites'
import { versionTag } from '../../lib/preconditions'
import { rememberVersion } from './preconditionFetch'

/** Tells the admin's writes which version of the document this edit view loaded (see PreconditionProvider). */
export function VersionTracker() {
  const { id, collectionSlug, data } = useDocumentInfo()
  const updatedAt = (data as { updatedAt?: string } | undefined)?.updatedAt
  useEffect(() => {
    if (collectionSlug && id !== undefined && id !== null && updatedAt) rememberVersion(documentKey(collectionSlug, id), versionTag(id, updatedAt))
  }, [collectionSlug, id, updatedAt])
  return null
}
