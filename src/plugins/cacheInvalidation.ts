import type {
  CollectionAfterOperationHook,
  CollectionBeforeOperationHook,
  CollectionConfig,
  PayloadRequest,
  Plugin,
} from 'payload'

import { contentChanged } from '../cache/invalidate'
import { docTag, recordRead, tagsOfRead, tagsOfWrite } from '../cache/readTags'
import { installCommitHooks } from '../cache/transactionHooks'
import { isPublicCollection } from '../lib/publicCollections'

const WRITES = new Set(['create', 'update', 'updateByID', 'delete', 'deleteByID', 'restoreVersion'])
const READS = new Set(['read', 'count', 'readDistinct'])

type WriteArgs = { draft?: boolean; data?: { _status?: string }; req?: PayloadRequest }
type Doc = { id?: unknown; slug?: unknown }

/**
 * Writes that no reader can see: a piece created as a draft, and a draft saved over a piece (only
 * a version is written; readers keep the live text). The same test Payload applies to decide
 * whether to write the live document. Autosave does this every few seconds while someone edits.
 */
function invisible(operation: string, args: WriteArgs, result: unknown, drafts: boolean): boolean {
  if (!drafts) return false
  if (operation === 'create') return (result as { _status?: string } | undefined)?._status === 'draft'
  if (operation === 'update' || operation === 'updateByID')
    return Boolean(args.draft) && args.data?._status !== 'published'
  return false
}

/** The documents a write or a read returned: one, or a page (`docs`). */
const docsOf = (result: unknown): Doc[] => {
  if (!result || typeof result !== 'object') return []
  const { docs } = result as { docs?: unknown }
  return Array.isArray(docs) ? (docs as Doc[]) : [result as Doc]
}

/** A query on the collection: what the answer being cached depends on (nothing is recorded outside one). */
const recordQuery: CollectionBeforeOperationHook = ({ args, collection, operation }) => {
  if (READS.has(operation))
    recordRead(tagsOfRead(collection.slug, args as { id?: unknown; where?: Record<string, unknown> }))
  return args
}

/**
 * After a write, before the operation's transaction commits: late enough to know the write
 * succeeded and how, early enough to join its transaction. After a read, the documents it found.
 */
const afterOperation: CollectionAfterOperationHook = async ({ args, collection, operation, req, result }) => {
  if (operation === 'find' || operation === 'findByID') {
    recordRead(docsOf(result).map((doc) => docTag(collection.slug, doc.id)))
    return result
  }
  if (!WRITES.has(operation)) return result
  const drafts = Boolean(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts)
  const writeArgs = args as WriteArgs
  if (!invisible(operation, writeArgs, result, drafts))
    await contentChanged(writeArgs.req ?? req, tagsOfWrite(collection.slug, docsOf(result)))
  return result
}

const withInvalidation = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [...(collection.hooks?.beforeOperation ?? []), recordQuery],
    afterOperation: [...(collection.hooks?.afterOperation ?? []), afterOperation],
  },
})

/**
 * Keeps every instance's response cache exact: each anonymous answer records what it read (see
 * `src/cache/readTags.ts`), and a write to anything an anonymous reader can see (the publishable
 * content, the directory, media and the search index) drops only the answers that read it.
 * Registered last, so that it also sees the collections other plugins add.
 */
export function cacheInvalidation(): Plugin {
  return (config) => ({
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      isPublicCollection(collection.slug) ? withInvalidation(collection) : collection,
    ),
    onInit: async (payload) => {
      installCommitHooks(payload)
      await config.onInit?.(payload)
    },
  })
}
