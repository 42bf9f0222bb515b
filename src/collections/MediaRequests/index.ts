import type { CollectionConfig } from 'payload'

import { accessFromMatrix } from '../../access/byMatrix'
import { mediaRequestIntakeEndpoint } from '../../endpoints/mediaRequestIntake'
import { requestToSubjectEndpoint } from '../../endpoints/mediaRequestSubject'
import { setCreatedBy } from '../../hooks/setCreatedBy'
import { parseRateLimit } from '../../lib/rateLimit'
import { REQUEST_STATUSES } from '../../lib/press/requestFlow'
import { regionOptions } from '../../lib/regions'
import { enforceRequestFlow } from './hooks/enforceRequestFlow'

const STATUS_LABELS: Record<(typeof REQUEST_STATUSES)[number], { fr: string; en: string }> = {
  new: { fr: 'Nouvelle', en: 'New' },
  assigned: { fr: 'Attribuée', en: 'Assigned' },
  answered: { fr: 'Répondue', en: 'Answered' },
  declined: { fr: 'Déclinée', en: 'Declined' },
}

/** Default: 5 requests per address per 10 minutes; `MEDIA_REQUESTS_RATE_LIMIT=20/1h` to change it. */
export const DEFAULT_MEDIA_REQUESTS_RATE_LIMIT = { limit: 5, windowMs: 10 * 60_000 }

/**
 * A journalist's request to the network (an interview, figures, a reaction), from the public form
 * or entered by hand. Its status follows src/lib/press/requestFlow.ts; it can become a planning
 * subject in one action; an overdue one shows on the meeting board.
 */
export function mediaRequestsCollection(env: NodeJS.ProcessEnv): CollectionConfig {
  const rateLimit = parseRateLimit(
    env.MEDIA_REQUESTS_RATE_LIMIT,
    DEFAULT_MEDIA_REQUESTS_RATE_LIMIT,
    'MEDIA_REQUESTS_RATE_LIMIT',
  )
  return {
    slug: 'media-requests',
    labels: {
      singular: { fr: 'Demande presse', en: 'Media request' },
      plural: { fr: 'Demandes presse', en: 'Media requests' },
    },
    defaultSort: 'deadline',
    admin: {
      useAsTitle: 'subject',
      defaultColumns: ['subject', 'outlet', 'deadline', 'status', 'assignee'],
      group: { fr: 'Presse', en: 'Press' },
    },
    access: accessFromMatrix('media-requests'),
    endpoints: [mediaRequestIntakeEndpoint(rateLimit), requestToSubjectEndpoint],
    hooks: { beforeChange: [setCreatedBy, enforceRequestFlow] },
    indexes: [{ fields: ['status', 'deadline'] }],
    fields: [
      { name: 'subject', type: 'textarea', required: true, label: { fr: 'Objet de la demande', en: 'Subject' } },
      {
        type: 'row',
        fields: [
          { name: 'outlet', type: 'text', required: true, label: { fr: 'Média', en: 'Outlet' } },
          { name: 'journalistName', type: 'text', required: true, label: { fr: 'Journaliste', en: 'Journalist' } },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'contactEmail', type: 'email', label: { fr: 'E-mail', en: 'E-mail' } },
          { name: 'contactPhone', type: 'text', label: { fr: 'Téléphone', en: 'Phone' } },
        ],
      },
      {
        name: 'deadline',
        type: 'date',
        index: true,
        label: { fr: 'Échéance', en: 'Deadline' },
        admin: { date: { pickerAppearance: 'dayAndTime' } },
      },
      { name: 'spokespersonWanted', type: 'text', label: { fr: 'Porte-parole souhaité', en: 'Spokesperson wanted' } },
      {
        name: 'territory',
        type: 'select',
        options: [{ value: 'national', label: 'National' }, ...regionOptions],
        label: { fr: 'Territoire', en: 'Territory' },
      },
      {
        name: 'status',
        type: 'select',
        defaultValue: 'new',
        index: true,
        options: REQUEST_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
        label: { fr: 'Statut', en: 'Status' },
        admin: { position: 'sidebar' },
      },
      {
        name: 'assignee',
        type: 'relationship',
        relationTo: 'users',
        index: true,
        label: { fr: 'Attribuée à', en: 'Assignee' },
        admin: { position: 'sidebar' },
      },
      { name: 'answerNote', type: 'textarea', label: { fr: 'Réponse apportée', en: 'Answer note' } },
      {
        name: 'receivedVia',
        type: 'select',
        defaultValue: 'manual',
        options: [
          { value: 'form', label: { fr: 'Formulaire public', en: 'Public form' } },
          { value: 'manual', label: { fr: 'Saisie', en: 'Manual entry' } },
        ],
        label: { fr: 'Reçue par', en: 'Received via' },
        admin: { position: 'sidebar', readOnly: true },
      },
      {
        name: 'planningSubject',
        type: 'relationship',
        relationTo: 'subjects',
        label: { fr: 'Sujet de planification', en: 'Planning subject' },
        admin: { position: 'sidebar', readOnly: true },
      },
      { name: 'createdBy', type: 'relationship', relationTo: 'users', admin: { hidden: true } },
    ],
  }
}
