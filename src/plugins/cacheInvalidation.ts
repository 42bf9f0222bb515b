import type { CollectionAfterOperationHook, CollectionConfig, PayloadRequest, Plugin } from 'payload'

import { installCommitHooks } from '../cache/transactionHooks'
import { contentChanged } from '../cache/invalidate'
import { isPublicCollection } from '../lib/publicCollections'

const WRITES = new Set(['create', 'update', 'updateByID', 'delete', 'deleteByID', 'restoreVersion'])

type WriteArgs = { draft?: boolean; data?: { _status?: string }; req?: PayloadRequest }

/**
 * Writes that no reader can see: a piece created as a draft, and a draft saved over a piece (only
 * a version is written; readers keep the live text). The same test Payload applies to decide
 * whether to write the live document. Autosave does this every few seconds while someone edits.
 */
function invisible(operation: string, args: WriteArgs, result: unknown, drafts: boolean): boolean {
  if (!drafts) return false
  if (operation === 'create') return (result as { _status?: string } | undefined)?._status === 'draft'
  if (operation === 'update' || operation === 'updateByID') return Boolean(args.draft) && args.data?._status !== 'published'
  return false
}

/**
 * After a write, before the operation's transaction commits: late enough to know the write
 * succeeded and how, early enough to join its transaction.
 */
const invalidateAfterWrite: CollectionAfterOperationHook = async ({ args, collection, operation, req, result }) => {
  if (!WRITES.has(operation)) return result
  const drafts = Boolean(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts)
  const writeArgs = args as WriteArgs
  if (!invisible(operation, writeArgs, result, drafts)) await contentChanged(writeArgs.req ?? req)
  return result
}

const withInvalidation = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: { ...collection.hooks, afterOperation: [...(collection.hooks?.afterOperation ?? []), invalidateAfterWrite] },
})

/**
 * Empties every instance's response cache when anything an anonymous reader can see changes: the
 * publishable content, the directory, media and the search index. Registered last, so that it also
 * sees the collections other plugins add.
 */
export function cacheInvalidation(): Plugin {
  return (config) => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => (isPublicCollection(collection.slug) ? withInvalidation(collection) : collection)),
    onInit: async (payload) => {
      installCommitHooks(payload)
      await config.onInit?.(payload)
    },
  })
}
