import { searchPlugin } from '@payloadcms/plugin-search'
import type { Plugin } from 'payload'

import { PUBLISHABLE_COLLECTIONS } from '../collections/publishable'
import { searchEndpoint } from '../endpoints/search'
import { SUMMARY_FIELD, TITLE_FIELD } from '../lib/pieceFields'
import { searchableText } from '../lib/text'
import { feedIndexData, feedIndexFields, readIndex } from './feedIndex'

/**
 * Only published documents enter the index (drafts are neither synced nor kept), so the index can
 * be read by anyone. Each entry carries a folded copy of its text so that "economie" finds
 * "Économie" with a plain `like` on every database.
 */
export function search(): Plugin {
  return searchPlugin({
    collections: [...PUBLISHABLE_COLLECTIONS],
    syncDrafts: false,
    deleteDrafts: true,
    localize: true,
    defaultPriorities: {
      articles: 30,
      guides: 25,
      faqs: 20,
      'success-stories': 15,
      initiatives: 15,
      events: 10,
      dossiers: 30,
    },
    beforeSync: ({ originalDoc, searchDoc, collectionSlug }) => {
      const title = String(originalDoc[TITLE_FIELD[collectionSlug] ?? 'title'] ?? '')
      const summary = originalDoc[SUMMARY_FIELD[collectionSlug]] as string | undefined
      return {
        ...searchDoc,
        title,
        slug: originalDoc.slug,
        summary: summary ?? null,
        publishedAt: originalDoc.publishedAt ?? null,
        embargoUntil: originalDoc.embargoUntil ?? null,
        searchText: searchableText(title, summary, originalDoc.slug),
        ...feedIndexData(collectionSlug, originalDoc),
      }
    },
    searchOverrides: {
      labels: {
        singular: { fr: 'Résultat de recherche', en: 'Search result' },
        plural: { fr: 'Index de recherche', en: 'Search index' },
      },
      admin: { group: { fr: 'Administration', en: 'Administration' } },
      // Only published pieces are indexed; an embargo still hides them from the public.
      // Written only by the sync hooks (which override access): no API may edit the index.
      access: {
        read: ({ req: { user } }) => readIndex(user?.roles),
        create: () => false,
        update: () => false,
        delete: () => false,
      },
      // The feed: newest first, then type and id, the order of its cursor.
      indexes: [{ fields: ['publishedAt', 'docType', 'docId'] }],
      endpoints: [searchEndpoint],
      fields: ({ defaultFields }) => [
        ...defaultFields,
        { name: 'slug', type: 'text', index: true, admin: { readOnly: true } },
        {
          name: 'summary',
          type: 'textarea',
          localized: true,
          label: { fr: 'Résumé', en: 'Summary' },
          admin: { readOnly: true },
        },
        { name: 'publishedAt', type: 'date', index: true, admin: { readOnly: true } },
        { name: 'embargoUntil', type: 'date', index: true, admin: { readOnly: true } },
        { name: 'searchText', type: 'text', localized: true, index: true, admin: { hidden: true } },
        ...feedIndexFields(),
      ],
    },
  })
}
