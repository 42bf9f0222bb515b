import type { CollectionSlug, TaskConfig } from 'payload'

import { now } from '../lib/clock'
import { CONTENT } from '../lib/permissions'
import { ABANDONED_AFTER_MS, isAbandonedUntitled } from '../lib/untitledDrafts'
import { DAILY_QUEUE } from '../notifications/remindDueTomorrow'

export const CLEAN_UNTITLED_DRAFTS = 'cleanUntitledDrafts'

type Row = { id: number | string; _status?: string | null; createdAt: string; updatedAt: string } & Record<
  string,
  unknown
>

/** Every night, the untitled drafts "Créer" left behind and nobody worked on are deleted (see isAbandonedUntitled). */
export const cleanUntitledDraftsTask: TaskConfig<{ input: object; output: { deleted: number } }> = {
  slug: CLEAN_UNTITLED_DRAFTS,
  label: 'Supprimer les brouillons sans titre abandonnés',
  schedule: [{ cron: '0 30 3 * * *', queue: DAILY_QUEUE }],
  outputSchema: [{ name: 'deleted', type: 'number' }],
  handler: async ({ req }) => {
    const at = now()
    let deleted = 0
    for (const slug of CONTENT) {
      const collection = req.payload.collections[slug as CollectionSlug].config
      const titleField = collection.admin.useAsTitle ?? 'title'
      // Candidates by the date of their latest save; the rule itself is checked on every language's title.
      const { docs } = await req.payload.find({
        collection: slug as CollectionSlug,
        where: {
          and: [
            { _status: { not_equals: 'published' } },
            { updatedAt: { less_than_equal: new Date(at.getTime() - ABANDONED_AFTER_MS).toISOString() } },
          ],
        },
        draft: true,
        locale: 'all',
        pagination: false,
        depth: 0,
        overrideAccess: true,
        req,
      })
      for (const doc of docs as unknown as Row[]) {
        if (
          !isAbandonedUntitled(
            { title: doc[titleField], status: doc._status, createdAt: doc.createdAt, updatedAt: doc.updatedAt },
            at,
          )
        )
          continue
        await req.payload.delete({ collection: slug as CollectionSlug, id: doc.id, overrideAccess: true, req })
        deleted += 1
      }
    }
    req.payload.logger.info({ msg: 'untitled drafts cleaned', deleted })
    return { output: { deleted } }
  },
}
