import type { CollectionConfig } from 'payload'

import { territoryField } from '../../fields/taxonomy'
import { urlField } from '../../fields/url'
import { publishable } from '../publishable'
import { countAdoptions } from './hooks/countAdoptions'

export const Initiatives: CollectionConfig = publishable({
  slug: 'initiatives',
  labels: {
    singular: { fr: 'Initiative', en: 'Initiative spotlight' },
    plural: { fr: 'Initiatives', en: 'Initiative spotlights' },
  },
  admin: { defaultColumns: ['title', 'kind', 'adoptionCount', '_status'], group: { fr: 'Contenus', en: 'Content' } },
  hooks: { beforeChange: [countAdoptions] },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: { fr: 'Titre', en: 'Title' } },
    {
      name: 'leadChamber',
      type: 'relationship',
      relationTo: 'chambers',
      label: { fr: 'Chambre pilote', en: 'Lead chamber' },
    },
    {
      name: 'adoptedBy',
      type: 'relationship',
      relationTo: 'chambers',
      hasMany: true,
      label: { fr: 'Reprise par', en: 'Adopted by' },
    },
    {
      name: 'adoptionCount',
      type: 'number',
      defaultValue: 0,
      index: true,
      label: { fr: 'Nombre de chambres', en: 'Adoption count' },
      access: { create: () => false, update: () => false },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: { fr: 'Calculé depuis « Reprise par ».', en: 'Counted from “Adopted by”.' },
      },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      label: { fr: 'Type', en: 'Kind' },
      options: [
        { value: 'geolocated-map', label: { fr: 'Carte géolocalisée', en: 'Geolocated map' } },
        { value: 'local-platform', label: { fr: 'Plateforme locale', en: 'Local platform' } },
        { value: 'mutual-aid-exchange', label: { fr: 'Bourse d’entraide', en: 'Mutual-aid exchange' } },
        { value: 'webinar-series', label: { fr: 'Cycle de webinaires', en: 'Webinar series' } },
        { value: 'hotline', label: { fr: 'Ligne d’urgence', en: 'Hotline' } },
        { value: 'other', label: { fr: 'Autre', en: 'Other' } },
      ],
    },
    { name: 'summary', type: 'textarea', localized: true, label: { fr: 'Résumé', en: 'Summary' } },
    { name: 'body', type: 'richText', localized: true, label: { fr: 'Description', en: 'Body' } },
    urlField('url', { fr: 'Adresse du service', en: 'URL' }),
    { name: 'launchDate', type: 'date', label: { fr: 'Lancement', en: 'Launch date' } },
    territoryField(),
    {
      name: 'state',
      type: 'select',
      defaultValue: 'active',
      label: { fr: 'État', en: 'State' },
      options: [
        { value: 'active', label: { fr: 'En cours', en: 'Active' } },
        { value: 'ended', label: { fr: 'Terminée', en: 'Ended' } },
      ],
    },
  ],
})
