import type { CollectionConfig } from 'payload'

import { accessFromMatrix } from '../../access/byMatrix'

/** A named press list ("Presse économique nationale"): contacts belong to lists, a release is sent to lists. */
export const PressLists: CollectionConfig = {
  slug: 'press-lists',
  labels: { singular: { fr: 'Liste presse', en: 'Press list' }, plural: { fr: 'Listes presse', en: 'Press lists' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'description'], group: { fr: 'Presse', en: 'Press' } },
  access: accessFromMatrix('press-lists'),
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, label: { fr: 'Nom', en: 'Name' } },
    { name: 'description', type: 'textarea', label: { fr: 'Description', en: 'Description' } },
    {
      name: 'contacts',
      type: 'join',
      collection: 'media-contacts',
      on: 'lists',
      label: { fr: 'Contacts', en: 'Contacts' },
    },
  ],
}
