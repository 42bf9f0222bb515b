import type { CollectionConfig } from 'payload'

import { accessFromMatrix } from '../../access/byMatrix'
import { CONTENT } from '../../lib/permissions'
import { notifyMentions } from './hooks/notifyMentions'
import { resolveMentions } from './hooks/resolveMentions'
import { setAuthor } from './hooks/setAuthor'

/**
 * The newsroom's conversation about a piece or a subject, shown on the document's own page (a join
 * field on each target). Staff only; authors edit their own comments, editors may delete any.
 */
export const Comments: CollectionConfig = {
  slug: 'comments',
  labels: { singular: { fr: 'Commentaire', en: 'Comment' }, plural: { fr: 'Commentaires', en: 'Comments' } },
  defaultSort: '-createdAt',
  admin: {
    useAsTitle: 'body',
    defaultColumns: ['body', 'author', 'target', 'resolved', 'createdAt'],
    group: { fr: 'Planification', en: 'Planning' },
  },
  access: accessFromMatrix('comments'),
  hooks: {
    beforeChange: [setAuthor, resolveMentions],
    afterChange: [notifyMentions],
  },
  fields: [
    {
      name: 'body',
      type: 'textarea',
      required: true,
      maxLength: 5000,
      label: { fr: 'Commentaire', en: 'Comment' },
      admin: {
        description: {
          fr: 'Mentionnez une personne avec @Prénom Nom ou @identifiant (la partie de son e-mail avant @).',
          en: 'Mention someone with @First Last or @handle (their e-mail before the @).',
        },
      },
    },
    {
      name: 'target',
      type: 'relationship',
      relationTo: [...CONTENT, 'subjects'],
      required: true,
      index: true,
      label: { fr: 'À propos de', en: 'About' },
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: { fr: 'Auteur', en: 'Author' },
      access: { update: () => false },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'mentions',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      label: { fr: 'Personnes mentionnées', en: 'Mentions' },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'resolved',
      type: 'checkbox',
      defaultValue: false,
      label: { fr: 'Résolu', en: 'Resolved' },
      admin: { position: 'sidebar' },
    },
  ],
}
