import type { CollectionConfig } from 'payload'

const nobody = () => false
const hidden = { hidden: true } as const

/**
 * The public read model: for each published piece, the exact JSON an anonymous reader gets, per
 * locale and depth, so that anonymous reads cost one indexed query instead of Payload's per-field
 * traversal. Written by `src/readModel`, read at the adapter level; nobody reaches it through the API.
 */
export const PublicAnswers: CollectionConfig = {
  slug: 'public-answers',
  admin: hidden,
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  // A page of the newest pieces is read in this order, without sorting the table (the last column
  // is Payload's own tie-break); the visibility test is answered from the index too.
  // The feed is read in its own order (the cursor's: newest first, then type, then id).
  indexes: [
    { fields: ['list', 'publishedAt', 'pieceCreatedAt', 'createdAt', 'visibleFrom'] },
    { fields: ['list', 'publishedAt', 'pieceCollection', 'pieceId', 'visibleFrom'] },
  ],
  fields: [
    // `<collection>:<id>:<locale>:<depth>`, or `<collection>:<id>:feed:<view>` for a feed item
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'pieceCollection', type: 'text', required: true },
    { name: 'pieceId', type: 'text', required: true },
    { name: 'slug', type: 'text', index: true },
    { name: 'locale', type: 'text', required: true },
    { name: 'depth', type: 'number', required: true },
    // `<collection>:<locale>:<depth>` or `feed:<view>`: the list the answer is a member of.
    { name: 'list', type: 'text', required: true },
    { name: 'publishedAt', type: 'date' },
    { name: 'pieceCreatedAt', type: 'date' },
    // A piece under embargo has a row without body until its embargo ends and it is built; a row with
    // an answer is visible since the epoch.
    { name: 'visibleFrom', type: 'date' },
    // The end of an embargo on something the answer embeds: the answer changes then.
    { name: 'staleAfter', type: 'date' },
    // A feed item the feed cannot link to is `null`: it still takes its place in a page, as it does in
    // the index.
    { name: 'body', type: 'textarea' },
    // What the answer read (cache tags), as JSON: recorded for the HTTP cache when it is served.
    { name: 'tags', type: 'textarea' },
  ],
}

/** Which answers embed what: a change to a tag rebuilds the answers listed under it. */
export const PublicAnswerDeps: CollectionConfig = {
  slug: 'public-answer-deps',
  admin: hidden,
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'tag', type: 'text', required: true, index: true },
    { name: 'answer', type: 'text', required: true, index: true },
  ],
}
