import type { Field, FieldAccess } from 'payload'

import { now } from '../lib/clock'
import { isStaff } from '../lib/roles'
import { WORKFLOW_LABELS } from '../lib/reviewStep'
import { WORKFLOW_STATUSES } from '../lib/workflow'

export { WORKFLOW_LABELS }

const staffOnly: FieldAccess = ({ req: { user } }) => isStaff(user)

/** Review status, the reviewer's note, the embargo and who created the piece: newsroom-internal fields. */
export function workflowFields(): Field[] {
  return [
    {
      name: 'workflowStatus',
      type: 'select',
      defaultValue: 'draft',
      index: true,
      label: { fr: 'Étape de relecture', en: 'Review status' },
      access: { read: staffOnly },
      admin: {
        position: 'sidebar',
        readOnly: true,
        // Shown and moved from the document's header (WorkflowControl); lists show it as a coloured badge.
        components: {
          Field: '/components/editView/InHeader#InHeader',
          Cell: '/components/editView/ReviewStepCell#ReviewStepCell',
        },
      },
      options: WORKFLOW_STATUSES.map((value) => ({ value, label: WORKFLOW_LABELS[value] })),
    },
    {
      name: 'reviewNote',
      type: 'textarea',
      label: { fr: 'Note de relecture', en: 'Review note' },
      access: { read: staffOnly },
      admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.reviewNote) },
    },
    {
      name: 'embargoUntil',
      type: 'date',
      index: true,
      label: { fr: 'Sous embargo jusqu’au', en: 'Embargo until' },
      access: { read: staffOnly },
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime' },
        description: {
          fr: 'Invisible du public jusqu’à cette date, même publié.',
          en: 'Hidden from the public until then, even when published.',
        },
      },
    },
    {
      name: 'embargoed',
      type: 'checkbox',
      virtual: true,
      label: { fr: 'Sous embargo', en: 'Embargoed' },
      access: { read: staffOnly },
      admin: { hidden: true },
      hooks: {
        afterRead: [
          ({ siblingData }) => Boolean(siblingData?.embargoUntil && new Date(siblingData.embargoUntil) > now()),
        ],
      },
    },
    {
      name: 'createdBy',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: { fr: 'Créé par', en: 'Created by' },
      access: { read: staffOnly, update: () => false },
      admin: { position: 'sidebar', readOnly: true },
    },
  ]
}
