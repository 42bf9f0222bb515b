import type { CollectionSlug, Payload, PayloadRequest } from 'payload'
import React from 'react'

import { currentVersionTag } from '../../hooks/preconditions'
import { VersionTracker } from './VersionTracker'

type Props = { id?: number | string; collectionSlug: string; payload: Payload }

/**
 * The tag of the version the edit view is drawn with, computed as the API computes it (the data the
 * form shows does not carry the version row's own time), handed to the browser with the page.
 */
export async function VersionTag({ id, collectionSlug, payload }: Props) {
  if (id === undefined || id === null || id === '') return null
  const collection = payload.collections[collectionSlug as CollectionSlug]?.config
  if (!collection) return null
  const tag = await currentVersionTag({ payload } as PayloadRequest, collection, id)
  return tag ? <VersionTracker collectionSlug={collectionSlug} id={id} tag={tag} /> : null
}
