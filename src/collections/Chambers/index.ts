import type { CollectionConfig } from 'payload'

import { accessFromMatrix } from '../../access/byMatrix'
import { chambersGeojson } from '../../endpoints/chambersGeojson'
import { chambersNearest } from '../../endpoints/chambersNearest'
import { departmentCodeField, regionField } from '../../fields/taxonomy'
import { urlField } from '../../fields/url'
import { checkCoordinates } from './hooks/checkCoordinates'
import { SERVICES } from '../../lib/crisis/kinds'

/** Local contacts: public directory data, not versioned. */
export const Chambers: CollectionConfig = {
  slug: 'chambers',
  labels: { singular: { fr: 'Chambre', en: 'Chamber' }, plural: { fr: 'Contacts locaux', en: 'Local contacts' } },
  defaultSort: 'name',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'departmentCode', 'city'],
    group: { fr: 'Réseau', en: 'Network' },
  },
  access: accessFromMatrix('chambers'),
  endpoints: [chambersGeojson, chambersNearest],
  hooks: { beforeValidate: [checkCoordinates] },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, label: { fr: 'Nom', en: 'Name' } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'territorial',
      label: { fr: 'Type', en: 'Kind' },
      options: [
        { value: 'cci-france', label: 'CCI France' },
        { value: 'regional', label: { fr: 'Chambre régionale', en: 'Regional chamber' } },
        { value: 'territorial', label: { fr: 'Chambre territoriale', en: 'Territorial chamber' } },
      ],
    },
    regionField(),
    departmentCodeField({ index: true }),
    { name: 'address', type: 'text', label: { fr: 'Adresse', en: 'Address' } },
    { name: 'postalCode', type: 'text', label: { fr: 'Code postal', en: 'Postal code' } },
    { name: 'city', type: 'text', label: { fr: 'Ville', en: 'City' } },
    {
      type: 'row',
      fields: [
        { name: 'latitude', type: 'number', min: -90, max: 90, label: 'Latitude' },
        { name: 'longitude', type: 'number', min: -180, max: 180, label: 'Longitude' },
      ],
    },
    { name: 'phone', type: 'text', label: { fr: 'Téléphone', en: 'Phone' } },
    { name: 'email', type: 'email', label: { fr: 'E-mail', en: 'E-mail' } },
    urlField('website', { fr: 'Site web', en: 'Website' }),
    { name: 'crisisHotline', type: 'text', label: { fr: 'Cellule de crise (téléphone)', en: 'Crisis hotline' } },
    { name: 'openingHours', type: 'textarea', localized: true, label: { fr: 'Horaires', en: 'Opening hours' } },
    {
      name: 'servicesEnabled',
      type: 'select',
      hasMany: true,
      label: { fr: 'Services de crise ouverts', en: 'Crisis services enabled' },
      admin: {
        description: {
          fr: 'Ouvre, pour le département de la chambre, la carte des commerces ouverts ou la bourse d’entraide.',
          en: 'Opens the open-businesses map or the mutual-aid exchange for the chamber’s department.',
        },
      },
      options: SERVICES.map((value) => ({
        value,
        label:
          value === 'open-businesses'
            ? { fr: 'Commerces ouverts', en: 'Open businesses' }
            : { fr: 'Entraide entre entreprises', en: 'Mutual aid' },
      })),
    },
  ],
}
