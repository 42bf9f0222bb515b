import { nestedDocsPlugin } from '@payloadcms/plugin-nested-docs'
import { seoPlugin } from '@payloadcms/plugin-seo'
import type { Plugin } from 'payload'

import { PUBLISHABLE_COLLECTIONS } from '../collections/publishable'
import { search } from './search'

type Doc = Record<string, unknown>

const text = (value: unknown) => (typeof value === 'string' ? value : '')

/** SEO fields on every publishable type, the topic tree, and the search index. */
export function contentPlugins(): Plugin[] {
  return [
    nestedDocsPlugin({
      collections: ['topics'],
      generateLabel: (_, doc) => text((doc as Doc).title),
      generateURL: (docs) => docs.reduce((url, doc) => `${url}/${text((doc as Doc).slug)}`, ''),
    }),
    seoPlugin({
      collections: [...PUBLISHABLE_COLLECTIONS],
      uploadsCollection: 'media',
      generateTitle: ({ doc }) =>
        `${text((doc as Doc).title ?? (doc as Doc).companyName ?? (doc as Doc).question)} · Newsroom`,
      generateDescription: ({ doc }) =>
        text((doc as Doc).standfirst ?? (doc as Doc).summary ?? (doc as Doc).description).slice(0, 160),
    }),
    search(),
  ]
}
