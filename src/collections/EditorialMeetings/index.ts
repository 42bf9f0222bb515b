import type { CollectionConfig } from 'payload'

import { accessFromMatrix } from '../../access/byMatrix'
import { meetingBoardEndpoint } from '../../endpoints/meetingBoard'
import { closeMeetingEndpoint } from '../../endpoints/meetingClose'
import { isIsoWeek, isoWeekOf } from '../../lib/isoWeek'
import { DECISIONS } from '../../lib/subjectFlow'
import { checkMeeting } from './hooks/checkMeeting'
import { explainClosed, unlessClosed } from './hooks/freezeClosed'

export const MEETING_STATUSES = ['planned', 'open', 'closed'] as const

const DECISION_LABELS: Record<(typeof DECISIONS)[number], { fr: string; en: string }> = {
  accepted: { fr: 'Acté', en: 'Accepted' },
  rejected: { fr: 'Refusé', en: 'Rejected' },
  postponed: { fr: 'Reporté', en: 'Postponed' },
  assigned: { fr: 'Attribué', en: 'Assigned' },
}

const matrix = accessFromMatrix('editorial-meetings')

/**
 * The weekly editorial meeting ("conférence de rédaction"): its agenda is the subjects that point
 * to it, its decisions are recorded during the meeting and applied when it closes.
 */
export const EditorialMeetings: CollectionConfig = {
  slug: 'editorial-meetings',
  labels: {
    singular: { fr: 'Conférence de rédaction', en: 'Editorial meeting' },
    plural: { fr: 'Conférences de rédaction', en: 'Editorial meetings' },
  },
  defaultSort: '-week',
  admin: {
    useAsTitle: 'week',
    defaultColumns: ['week', 'date', 'status', 'facilitator'],
    group: { fr: 'Planification', en: 'Planning' },
    components: {
      views: {
        edit: {
          board: {
            Component: '/components/planning/MeetingBoardView#MeetingBoardView',
            path: '/board',
            tab: { label: 'Tableau', href: '/board', order: 50 },
          },
        },
      },
    },
  },
  access: { ...matrix, update: unlessClosed(matrix.update!), delete: unlessClosed(matrix.delete!) },
  endpoints: [closeMeetingEndpoint, meetingBoardEndpoint],
  hooks: {
    beforeOperation: [explainClosed],
    beforeChange: [checkMeeting],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'week',
          type: 'text',
          required: true,
          unique: true,
          index: true,
          label: { fr: 'Semaine', en: 'Week' },
          admin: { description: { fr: 'Semaine ISO, par exemple 2026-W48.', en: 'ISO week, e.g. 2026-W48.' } },
          validate: (value: unknown) =>
            isIsoWeek(value) ? true : `"${String(value ?? '')}" is not an ISO week (e.g. 2026-W48).`,
        },
        {
          name: 'date',
          type: 'date',
          required: true,
          index: true,
          label: { fr: 'Date et heure', en: 'Date and time' },
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
            if (!value) return 'The meeting needs a date.'
            const week = siblingData?.week
            return !isIsoWeek(week) || isoWeekOf(new Date(String(value))) === week
              ? true
              : `The meeting of ${week} takes place during that week (Paris time).`
          },
        },
      ],
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'planned',
      index: true,
      label: { fr: 'Statut', en: 'Status' },
      admin: {
        position: 'sidebar',
        description: {
          fr: 'La clôture se fait depuis le tableau : elle applique les décisions.',
          en: 'Close from the board: closing applies the decisions.',
        },
      },
      options: [
        { value: 'planned', label: { fr: 'Prévue', en: 'Planned' } },
        { value: 'open', label: { fr: 'En cours', en: 'Open' } },
        { value: 'closed', label: { fr: 'Close', en: 'Closed' } },
      ],
    },
    {
      name: 'facilitator',
      type: 'relationship',
      relationTo: 'users',
      label: { fr: 'Animation', en: 'Facilitator' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'attendees',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      label: { fr: 'Participants', en: 'Attendees' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'agenda',
      type: 'join',
      collection: 'subjects',
      on: 'meetings',
      defaultLimit: 50,
      label: { fr: 'Ordre du jour', en: 'Agenda' },
      admin: { defaultColumns: ['title', 'status', 'priority', 'assignee', 'dueDate'] },
    },
    {
      name: 'decisions',
      type: 'array',
      label: { fr: 'Décisions', en: 'Decisions' },
      labels: { singular: { fr: 'Décision', en: 'Decision' }, plural: { fr: 'Décisions', en: 'Decisions' } },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'subject',
              type: 'relationship',
              relationTo: 'subjects',
              required: true,
              label: { fr: 'Sujet', en: 'Subject' },
            },
            {
              name: 'decision',
              type: 'select',
              required: true,
              label: { fr: 'Décision', en: 'Decision' },
              options: DECISIONS.map((value) => ({ value, label: DECISION_LABELS[value] })),
            },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'assignee',
              type: 'relationship',
              relationTo: 'users',
              label: { fr: 'Attribué à', en: 'Assignee' },
            },
            {
              name: 'dueDate',
              type: 'date',
              label: { fr: 'Échéance', en: 'Due date' },
              admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
            },
          ],
        },
        { name: 'note', type: 'text', label: { fr: 'Note', en: 'Note' } },
      ],
    },
    { name: 'notes', type: 'textarea', label: { fr: 'Compte rendu', en: 'Minutes' } },
    // Written by the close endpoint only.
    {
      name: 'closedAt',
      type: 'date',
      access: { create: () => false, update: () => false },
      label: { fr: 'Close le', en: 'Closed at' },
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'closedBy',
      type: 'relationship',
      relationTo: 'users',
      access: { create: () => false, update: () => false },
      label: { fr: 'Close par', en: 'Closed by' },
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
