import type { CollectionConfig } from 'payload'

import { urlField } from '../../fields/url'
import { publishable } from '../publishable'
import { EVENT_KIND_OPTIONS } from './kinds'
import { checkSchedule } from './hooks/checkSchedule'

export const Events: CollectionConfig = publishable({
  slug: 'events',
  labels: { singular: { fr: 'Événement', en: 'Event' }, plural: { fr: 'Événements', en: 'Events' } },
  defaultSort: '-startsAt',
  admin: { defaultColumns: ['title', 'kind', 'startsAt', '_status'], group: { fr: 'Contenus', en: 'Content' } },
  hooks: { beforeValidate: [checkSchedule] },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: { fr: 'Titre', en: 'Title' } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'webinar',
      label: { fr: 'Type', en: 'Kind' },
      options: EVENT_KIND_OPTIONS,
    },
    { name: 'description', type: 'textarea', localized: true, label: { fr: 'Présentation', en: 'Description' } },
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          type: 'date',
          required: true,
          index: true,
          label: { fr: 'Début', en: 'Starts' },
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'endsAt',
          type: 'date',
          required: true,
          label: { fr: 'Fin', en: 'Ends' },
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    { name: 'organiser', type: 'relationship', relationTo: 'chambers', label: { fr: 'Organisateur', en: 'Organiser' } },
    urlField('registrationUrl', { fr: 'Inscription', en: 'Registration' }),
    urlField('replayUrl', { fr: 'Replay', en: 'Replay' }),
    {
      name: 'speakers',
      type: 'array',
      label: { fr: 'Intervenants', en: 'Speakers' },
      fields: [
        { name: 'name', type: 'text', required: true, label: { fr: 'Nom', en: 'Name' } },
        { name: 'role', type: 'text', localized: true, label: { fr: 'Fonction', en: 'Role' } },
        { name: 'organisation', type: 'text', label: { fr: 'Organisation', en: 'Organisation' } },
      ],
    },
  ],
})
