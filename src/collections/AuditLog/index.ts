import type { CollectionConfig } from 'payload'

import { refusal } from '../../hooks/refusal'
import { scopeFor } from '../../lib/permissions'

export const AUDIT_ACTIONS = [
  'create',
  'update',
  'transition',
  'publish',
  'unpublish',
  'schedule',
  'delete',
  'restore-version',
  'login',
  'login-failed',
  'role-change',
  'export',
  'erase',
  'opt-out',
] as const

const nobody = () => false

/** Collection slugs and statuses, as the admin names them. */
const AUDIT_CELL = '/components/editView/AuditValueCell#AuditValueCell'

const AUDIT_ACTION_LABELS: Record<(typeof AUDIT_ACTIONS)[number], { fr: string; en: string }> = {
  create: { fr: 'Création', en: 'Create' },
  update: { fr: 'Modification', en: 'Update' },
  transition: { fr: 'Changement d’étape', en: 'Review step change' },
  publish: { fr: 'Publication', en: 'Publish' },
  unpublish: { fr: 'Dépublication', en: 'Unpublish' },
  schedule: { fr: 'Programmation', en: 'Schedule' },
  delete: { fr: 'Suppression', en: 'Delete' },
  'restore-version': { fr: 'Restauration d’une version', en: 'Version restored' },
  login: { fr: 'Connexion', en: 'Sign-in' },
  'login-failed': { fr: 'Connexion refusée', en: 'Failed sign-in' },
  'role-change': { fr: 'Changement de rôle', en: 'Role change' },
  export: { fr: 'Export des données personnelles', en: 'Personal data export' },
  erase: { fr: 'Effacement des données personnelles', en: 'Personal data erasure' },
  'opt-out': { fr: 'Désinscription', en: 'Opt-out' },
}

/**
 * Who changed or published what, and when. Entries are written by the platform's hooks inside the
 * transaction of the change they record, and never changed afterwards: no API updates or deletes
 * them, for anyone, admins included.
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: {
    singular: { fr: 'Entrée du journal', en: 'Audit entry' },
    plural: { fr: 'Journal d’audit', en: 'Audit trail' },
  },
  defaultSort: '-at',
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['at', 'userName', 'action', 'collection', 'documentTitle', 'statusAfter'],
    group: { fr: 'Administration', en: 'Administration' },
  },
  access: {
    read: ({ req: { user } }) => scopeFor(user?.roles, 'audit-log', 'read') === 'all',
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  hooks: {
    beforeOperation: [
      ({ operation, args, req }) => {
        if (operation === 'update' || operation === 'delete') throw refusal(req, 403, 'auditAppendOnly')
        return args
      },
    ],
  },
  disableDuplicate: true,
  fields: [
    {
      name: 'at',
      type: 'date',
      required: true,
      index: true,
      label: { fr: 'Date', en: 'Time' },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'user', type: 'relationship', relationTo: 'users', index: true, label: { fr: 'Utilisateur', en: 'User' } },
    { name: 'userName', type: 'text', label: { fr: 'Nom', en: 'Name' } },
    { name: 'userEmail', type: 'text', index: true, label: { fr: 'E-mail', en: 'E-mail' } },
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      label: { fr: 'Action', en: 'Action' },
      options: AUDIT_ACTIONS.map((value) => ({ value, label: AUDIT_ACTION_LABELS[value] })),
    },
    {
      name: 'collection',
      type: 'text',
      index: true,
      label: { fr: 'Collection', en: 'Collection' },
      admin: { components: { Cell: AUDIT_CELL } },
    },
    { name: 'documentId', type: 'text', index: true, label: { fr: 'Document', en: 'Document' } },
    { name: 'documentTitle', type: 'text', label: { fr: 'Titre', en: 'Title' } },
    { name: 'changedFields', type: 'json', label: { fr: 'Champs modifiés', en: 'Fields changed' } },
    {
      name: 'statusBefore',
      type: 'text',
      label: { fr: 'Statut avant', en: 'Status before' },
      admin: { components: { Cell: AUDIT_CELL } },
    },
    {
      name: 'statusAfter',
      type: 'text',
      label: { fr: 'Statut après', en: 'Status after' },
      admin: { components: { Cell: AUDIT_CELL } },
    },
    { name: 'note', type: 'textarea', label: { fr: 'Note', en: 'Note' } },
    { name: 'summary', type: 'text', label: { fr: 'Résumé', en: 'Summary' }, admin: { hidden: true } },
  ],
}
