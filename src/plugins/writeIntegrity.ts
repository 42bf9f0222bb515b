import type { CollectionConfig, Plugin } from 'payload'

import { surfaceCommitErrors } from '../db/commitErrors'
import { answerUncommittedWrite } from '../hooks/answerUncommittedWrite'
import { explainLock } from '../hooks/explainLock'
import { enterCreation, keepCreationAnswer } from '../hooks/keepCreationAnswer'
import { tagReadVersion } from '../hooks/preconditions'
import { noteFailedWrites, noteTransaction, stillInTransaction } from '../hooks/requireLiveTransaction'
import { serialiseWrites } from '../hooks/serialiseWrites'

const guarded = (collection: CollectionConfig): CollectionConfig => {
  const hooks = collection.hooks ?? {}
  const components = collection.admin?.components
  return {
    ...collection,
    // The admin's edit view sends the version it loaded as If-Match (PreconditionProvider).
    admin: {
      ...collection.admin,
      components: {
        ...components,
        edit: {
          ...components?.edit,
          beforeDocumentControls: [
            { path: '/components/editView/VersionTag#VersionTag', serverProps: { collectionSlug: collection.slug } },
            ...(components?.edit?.beforeDocumentControls ?? []),
          ],
        },
      },
    },
    hooks: {
      ...hooks,
      beforeOperation: [noteTransaction, enterCreation, serialiseWrites, explainLock, ...(hooks.beforeOperation ?? [])],
      beforeChange: [...(hooks.beforeChange ?? []), stillInTransaction.beforeChange],
      afterChange: [...(hooks.afterChange ?? []), stillInTransaction.afterChange],
      beforeDelete: [...(hooks.beforeDelete ?? []), stillInTransaction.beforeDelete],
      afterDelete: [...(hooks.afterDelete ?? []), stillInTransaction.afterDelete],
      afterOperation: [noteFailedWrites, ...(hooks.afterOperation ?? []), tagReadVersion, keepCreationAnswer],
    },
  }
}

/**
 * Every write tells the truth: one document changes one way at a time, a client's `If-Match`
 * is honoured, and a write whose transaction was rolled back or failed to commit answers an
 * error, never a success. Registered last, so that it wraps the hooks other plugins add.
 */
export function writeIntegrity(): Plugin {
  return (config) => ({
    ...config,
    collections: (config.collections ?? []).map(guarded),
    hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), answerUncommittedWrite] },
    onInit: async (payload) => {
      surfaceCommitErrors(payload)
      await config.onInit?.(payload)
    },
  })
}
